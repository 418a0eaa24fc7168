'use strict';
// path.resolve(): right to left until absolute, then the working directory. win32 on a
// POSIX host takes process.cwd() with its slashes turned around.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [['/'], '/'],
  [['/a', 'b'], '/a/b'],
  [['/a', '/b'], '/b'],
  [['/a/', 'b/'], '/a/b'],
  [['/a', '', 'b'], '/a/b'],
  [['/a', '..', '..', '..'], '/'],
  [['a', '/b', 'c', '..'], '/b'],
  [['/a', './b/../c'], '/a/c'],
  [['/a', 'b', '//c'], '/c'],
  [['//a'], '/a'],
  [['/a/b', '../../..', 'x'], '/x'],
  [['/', '.'], '/'],
];

const win32Cases = [
  [['C:\\'], 'C:\\'],
  [['C:\\a', 'b'], 'C:\\a\\b'],
  [['C:\\a', '..\\..'], 'C:\\'],
  [['C:\\a', 'D:\\b'], 'D:\\b'],
  [['C:\\a', 'c:b'], 'c:\\a\\b'],
  [['c:\\a', 'C:b'], 'C:\\a\\b'],
  [['D:\\x', 'C:\\a', 'D:y'], 'D:\\x\\y'],
  [['C:/a//b/'], 'C:\\a\\b'],
  [['C:\\a', '\\b'], 'C:\\b'],
  [['C:x', '\\b'], 'C:\\b'],
  [['\\\\server\\share', 'a'], '\\\\server\\share\\a'],
  [['\\\\server\\share\\a', '..\\..\\..'], '\\\\server\\share\\'],
  [['//server/share/', '/b'], '\\\\server\\share\\b'],
  [['C:\\a', '\\\\server\\share\\b'], '\\\\server\\share\\b'],
  [['\\\\server\\share', 'C:\\x'], 'C:\\x'],
  [['\\\\?\\C:\\a', '..'], '\\\\?\\C:'],
  [['\\\\?\\C:\\', '..'], '\\\\?\\'],
  [['\\\\?\\C:', 'x'], '\\\\?\\C:\\x'],
  [['\\\\.\\pipe\\a', '..\\b'], '\\\\.\\pipe\\b'],
  [['\\\\s\\sh', 'C:x', '\\y'], 'C:\\y'],
];

for (const [args, expected] of posixCases) {
  assert.strictEqual(path.posix.resolve(...args), expected,
                     `posix.resolve(${JSON.stringify(args)})`);
}
for (const [args, expected] of win32Cases) {
  assert.strictEqual(path.win32.resolve(...args), expected,
                     `win32.resolve(${JSON.stringify(args)})`);
}

// Relative paths are resolved against process.cwd().
const cwd = process.cwd();
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('.'), cwd);
assert.strictEqual(path.posix.resolve('a', 'b'), cwd === '/' ? '/a/b' : `${cwd}/a/b`);
assert.strictEqual(path.posix.resolve('..', 'x'), path.posix.join(path.posix.dirname(cwd), 'x'));

if (process.platform !== 'win32') {
  const cwdWin = cwd.replace(/\//g, '\\');
  assert.strictEqual(path.win32.resolve(), cwdWin);
  assert.strictEqual(path.win32.resolve('.'), cwdWin);
  assert.strictEqual(path.win32.resolve('a'), cwd === '/' ? '\\a' : `${cwdWin}\\a`);
  // A drive-relative path: the POSIX working directory below that drive, unless the hidden
  // variable '=C:' (see test-path-resolve-drive-cwd.js) names the drive's own directory.
  assert.strictEqual(path.win32.resolve('C:a'), cwd === '/' ? 'C:\\a' : `C:${cwdWin}\\a`);
}
