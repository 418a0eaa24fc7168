'use strict';
// A program that does not exist: 'error' (ENOENT) is emitted, not thrown; no 'spawn', no
// 'exit', then 'close' with the negative errno. The stdio streams still exist.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('lode-no-such-program', ['a', 'b']);
assert.strictEqual(child.pid, undefined);
assert.ok(child.stdout);
assert.ok(child.stdin);
child.on('spawn', common.mustNotCall());
child.on('exit', common.mustNotCall());
child.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn lode-no-such-program');
  assert.strictEqual(err.path, 'lode-no-such-program');
  assert.deepStrictEqual(err.spawnargs, ['a', 'b']);
  assert.strictEqual(err.message, 'spawn lode-no-such-program ENOENT');
}));
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, -2);
  assert.strictEqual(signal, null);
}));
