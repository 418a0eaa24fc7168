'use strict';
// path.dirname(): only the one separator before the name goes; roots stay whole.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', '.'],
  ['.', '.'],
  ['..', '.'],
  ['/', '/'],
  ['//', '/'],
  ['///', '/'],
  ['a', '.'],
  ['a/', '.'],
  ['a/b', 'a'],
  ['a/b/', 'a'],
  ['a//b', 'a/'],
  ['a//b//', 'a/'],
  ['/a', '/'],
  ['//a', '//'],
  ['///a', '//'],
  ['/a/', '/'],
  ['//a//', '//'],
  ['/a/b', '/a'],
  ['/a//b', '/a/'],
  ['./a', '.'],
  ['../a', '..'],
  ['.../a', '...'],
  [' /a', ' '],
];

const win32Cases = [
  ['', '.'],
  ['.', '.'],
  ['a', '.'],
  ['\\', '\\'],
  ['/', '/'],
  ['\\\\', '\\'],
  ['\\a', '\\'],
  ['a\\b', 'a'],
  ['a//b', 'a/'],
  ['a\\b\\', 'a'],
  ['C:', 'C:'],
  ['C:\\', 'C:\\'],
  ['C:\\\\', 'C:\\'],
  ['C:a', 'C:'],
  ['C:a\\b', 'C:a'],
  ['C:\\a', 'C:\\'],
  ['C:\\a\\', 'C:\\'],
  ['C:\\//a', 'C:\\/'],
  ['C:\\a\\b', 'C:\\a'],
  ['\\\\server', '\\'],
  ['\\\\server\\', '\\'],
  ['\\\\server\\share', '\\\\server\\share'],
  ['\\\\server\\share\\', '\\\\server\\share\\'],
  ['\\\\server\\share\\a', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\b', '\\\\server\\share\\a'],
  ['\\\\//a', '\\\\/'],
  ['\\\\?\\C:\\a', '\\\\?\\C:\\'],
  ['\\\\?\\UNC\\s\\sh\\x', '\\\\?\\UNC\\s\\sh'],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.dirname(input), expected,
                     `posix.dirname(${JSON.stringify(input)})`);
}
for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.dirname(input), expected,
                     `win32.dirname(${JSON.stringify(input)})`);
}
