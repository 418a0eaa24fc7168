'use strict';
// path.normalize(): posix and win32, including Node's corner cases (recorded from node 20).
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', '.'],
  ['.', '.'],
  ['..', '..'],
  ['/', '/'],
  ['//', '/'],
  ['///', '/'],
  ['./', './'],
  ['../', '../'],
  ['/..', '/'],
  ['/../..', '/'],
  ['a/..', '.'],
  ['a/../', './'],
  ['a/../..', '..'],
  ['a/../../', '../'],
  ['./a', 'a'],
  ['a/./b', 'a/b'],
  ['a//b', 'a/b'],
  ['a/b/', 'a/b/'],
  ['a/b//', 'a/b/'],
  ['/a/b/../../..', '/'],
  ['../a/../..', '../..'],
  ['../../a', '../../a'],
  ['a/b/c/../../d', 'a/d'],
  ['.../...', '.../...'],
  ['.../../x', 'x'],
  ['/.a/./b', '/.a/b'],
  ['..a/..b', '..a/..b'],
  ['a\\b/../c', 'c'],
  [' /a', ' /a'],
  ['a/ /..', 'a'],
  ['/./', '/'],
  ['./..', '..'],
  ['./../', '../'],
];

// Drives, UNC shares, the \\?\ and \\.\ namespaces (where '..' can remove the drive), and
// relative paths that must not turn into a drive or a reserved device ("CON:"), which get '.\'.
const win32Cases = [
  ['', '.'],
  ['.', '.'],
  ['/', '\\'],
  ['\\', '\\'],
  ['a', 'a'],
  ['\\\\', '\\'],
  ['//', '\\'],
  ['a\\..', '.'],
  ['a/../', '.\\'],
  ['..\\..\\a', '..\\..\\a'],
  ['a\\b/c\\\\d', 'a\\b\\c\\d'],
  ['C:', 'C:.'],
  ['c:', 'c:.'],
  ['C:.', 'C:.'],
  ['C:..', 'C:..'],
  ['C:\\', 'C:\\'],
  ['C:/', 'C:\\'],
  ['C:\\..', 'C:\\'],
  ['C:..\\..', 'C:..\\..'],
  ['C:a\\..\\..', 'C:..'],
  ['C:\\a\\..\\..\\b', 'C:\\b'],
  ['C:\\\\\\a', 'C:\\a'],
  ['1:\\a', '.\\1:\\a'],
  ['ab:c', 'ab:c'],
  ['\\\\server', '\\server'],
  ['\\\\server\\', '\\server\\'],
  ['\\\\server\\share', '\\\\server\\share\\'],
  ['\\\\server\\share\\', '\\\\server\\share\\'],
  ['//server/share/a/../..', '\\\\server\\share\\'],
  ['\\\\server\\\\\\share\\a', '\\\\server\\share\\a'],
  ['\\\\\\server\\share', '\\server\\share'],
  ['\\\\?\\C:\\a\\..', '\\\\?\\C:'],
  ['\\\\?\\C:\\..\\..', '\\\\?\\'],
  ['\\\\?\\C:', '\\\\?\\C:'],
  ['\\\\.\\pipe\\x', '\\\\.\\pipe\\x'],
  ['\\\\.\\', '\\'],
  ['\\\\?\\', '\\?\\'],
  ['\\\\??\\a', '\\\\??\\a\\'],
  ['CON', 'CON'],
  ['CON:', '.\\CON:.'],
  ['con:', '.\\con:.'],
  ['CON:\\', '.\\CON:.\\'],
  ['CON:\\a', '.\\CON:a'],
  ['CON:x\\..\\..', '.\\CON:..'],
  ['COM1:', '.\\COM1:.'],
  ['COM0:', '.\\COM0:'],
  ['COM¹:', '.\\COM¹:.'],
  ['LPT9:', '.\\LPT9:.'],
  ['NUL:', '.\\NUL:.'],
  ['CONa', '.\\CONa'],
  ['CON.txt', 'CON.txt'],
  ['NUL\\', '.\\NUL\\'],
  ['CON\\a', 'CON\\a'],
  ['a\\CON:', '.\\a\\CON:'],
  [':', ':'],
  ['::', '.\\::'],
  [':\\', '.\\:\\'],
  ['a\\:', '.\\a\\:'],
  ['a:b:', 'a:b:'],
  ['x\\..\\c:', '.\\c:'],
  ['x\\..\\c:d', '.\\c:d'],
  ['..\\c:d', '..\\c:d'],
  ['a\\b:c', 'a\\b:c'],
  ['\\:', '\\:'],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.normalize(input), expected, `posix.normalize(${JSON.stringify(input)})`);
}
for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.normalize(input), expected, `win32.normalize(${JSON.stringify(input)})`);
}

// normalize() keeps a single trailing separator and never leaves an empty result.
assert.strictEqual(path.posix.normalize('a/b///'), 'a/b/');
assert.strictEqual(path.win32.normalize('a/b///'), 'a\\b\\');
