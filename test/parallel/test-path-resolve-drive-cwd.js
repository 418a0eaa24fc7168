'use strict';
// win32.resolve('C:a') resolves against drive C:'s own directory, which Windows keeps in the
// hidden environment variable '=C:'. POSIX setenv() refuses such names, so the variables are
// handed to a child process when it is spawned.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(path.win32.resolve('C:a'), 'C:\\Users\\x\\a');
  assert.strictEqual(path.win32.resolve('C:a', '..', 'b'), 'C:\\Users\\x\\b');
  assert.strictEqual(path.win32.resolve('C:'), 'C:\\Users\\x');
  // '=D:' names a directory on another drive: D:'s root is used instead.
  assert.strictEqual(path.win32.resolve('D:a'), 'D:\\a');
  // An absolute path does not need the variable.
  assert.strictEqual(path.win32.resolve('C:\\a'), 'C:\\a');
} else {
  const env = { ...process.env, '=C:': 'C:\\Users\\x', '=D:': 'E:\\y' };
  const child = spawnSync(process.execPath, [__filename, 'child'], { env, stdio: 'inherit' });
  assert.strictEqual(child.status, 0);
}
