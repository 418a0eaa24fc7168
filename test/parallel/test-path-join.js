'use strict';
// path.join(): posix and win32; win32 never invents a UNC root out of separate parts.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [[], '.'],
  [[''], '.'],
  [['', ''], '.'],
  [['a'], 'a'],
  [['a', 'b'], 'a/b'],
  [['/a', 'b'], '/a/b'],
  [['a', '/b'], 'a/b'],
  [['a/', '/b'], 'a/b'],
  [['a', ''], 'a'],
  [['', 'a'], 'a'],
  [['', '/a'], '/a'],
  [['a', '..'], '.'],
  [['a', '../..'], '..'],
  [['/', '..'], '/'],
  [['.', '.'], '.'],
  [['./', './'], './'],
  [['a', 'b/'], 'a/b/'],
  [['//a', 'b'], '/a/b'],
  [['a', '.', 'b', '..', 'c'], 'a/c'],
  [[' ', 'a'], ' /a'],
  [['a', ' '], 'a/ '],
  [['/', '/a/', '//b//'], '/a/b/'],
];

const win32Cases = [
  [[], '.'],
  [[''], '.'],
  [['a', 'b'], 'a\\b'],
  [['a', '/b'], 'a\\b'],
  [['C:', 'a'], 'C:\\a'],
  [['C:\\', 'a'], 'C:\\a'],
  [['c:', '..'], 'c:\\'],
  [['a', 'C:\\b'], '.\\a\\C:\\b'],
  [['\\', 'b', 'c'], '\\b\\c'],
  [['\\\\', 'b', 'c'], '\\b\\c'],
  [['\\\\\\', 'b'], '\\b'],
  [['\\\\a', 'b'], '\\\\a\\b\\'],
  [['//a', 'b', 'c'], '\\\\a\\b\\c'],
  [['\\\\a\\', 'b'], '\\\\a\\b\\'],
  [['\\\\\\a', 'b'], '\\a\\b'],
  [['', '\\\\b', 'c'], '\\\\b\\c\\'],
  [['\\\\server\\share', '..', 'x'], '\\\\server\\share\\x'],
  [['//', '//a'], '\\a'],
  [['a', 'CON:'], '.\\a\\CON:'],
  [['CON:', 'x'], '.\\CON:x'],
  [['x', '..', 'c:'], '.\\c:'],
  [['a:b', 'c'], 'a:b\\c'],
];

for (const [args, expected] of posixCases) {
  assert.strictEqual(path.posix.join(...args), expected,
                     `posix.join(${JSON.stringify(args)})`);
}
for (const [args, expected] of win32Cases) {
  assert.strictEqual(path.win32.join(...args), expected,
                     `win32.join(${JSON.stringify(args)})`);
}
