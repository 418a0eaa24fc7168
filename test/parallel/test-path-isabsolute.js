'use strict';
// path.isAbsolute(): posix and win32 (a drive alone is relative).
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', false],
  ['/', true],
  ['//', true],
  ['a', false],
  ['./a', false],
  ['/a/..', true],
  [' /a', false],
  ['\\a', false],
  ['C:\\a', false],
];

const win32Cases = [
  ['', false],
  ['/', true],
  ['\\', true],
  ['//', true],
  ['a', false],
  ['C:', false],
  ['C:a', false],
  ['C:\\', true],
  ['C:/a', true],
  ['1:\\', false],
  ['ab:\\', false],
  ['\\\\server', true],
  ['\\\\?\\C:', true],
  ['.\\a', false],
  ['CON:\\', false],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.isAbsolute(input), expected,
                     `posix.isAbsolute(${JSON.stringify(input)})`);
}
for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.isAbsolute(input), expected,
                     `win32.isAbsolute(${JSON.stringify(input)})`);
}
