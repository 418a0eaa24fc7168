'use strict';
// path.extname(): dotfiles and '..' have none; a trailing dot is one.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', ''],
  ['.', ''],
  ['..', ''],
  ['...', '.'],
  ['....', '.'],
  ['a', ''],
  ['a.', '.'],
  ['a..', '.'],
  ['.a', ''],
  ['..a', '.a'],
  ['.a.b', '.b'],
  ['a.b', '.b'],
  ['a.b.c', '.c'],
  ['a.b/', '.b'],
  ['a.b//', '.b'],
  ['a/.b', ''],
  ['a.b/c', ''],
  ['/.', ''],
  ['/..', ''],
  ['/a.', '.'],
  [' .x', '.x'],
  ['a.b\\c', '.b\\c'],
  ['.a.', '.'],
  ['a/b.c/', '.c'],
];

const win32Cases = [
  ['C:.js', ''],
  ['C:a.js', '.js'],
  ['C:\\.js', ''],
  ['a\\b.c', '.c'],
  ['a\\b.c\\', '.c'],
  ['a.b\\c', ''],
  ['a\\.b', ''],
  ['\\\\s\\sh.x', '.x'],
  ['C:', ''],
  ['a.b/c.d\\', '.d'],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.extname(input), expected,
                     `posix.extname(${JSON.stringify(input)})`);
}
for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.extname(input), expected,
                     `win32.extname(${JSON.stringify(input)})`);
}
