'use strict';
// path.basename(path, suffix): the suffix quirks are Node's (a suffix equal to the whole
// argument gives '', one equal to the name leaves it, separators-only paths come back as given).
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [[''], ''],
  [['/'], ''],
  [['//'], ''],
  [['a'], 'a'],
  [['a/'], 'a'],
  [['a//'], 'a'],
  [['/a/b'], 'b'],
  [['/a/b/'], 'b'],
  [['a\\b'], 'a\\b'],
  [['.'], '.'],
  [['..'], '..'],
  [['.js'], '.js'],
  [['a.js', '.js'], 'a'],
  [['a.js', 'js'], 'a.'],
  [['a.js', 'a.js'], ''],
  [['a.js', '.JS'], 'a.js'],
  [['a.js/', '.js'], 'a'],
  [['a.js//', '.js'], 'a'],
  [['/a.js', 'a.js'], 'a.js'],
  [['a', 'a'], ''],
  [['/a', 'a'], 'a'],
  [['aa', 'a'], 'a'],
  [['.js', '.js'], ''],
  [['/.js', '.js'], '.js'],
  [['x/.js', '.js'], '.js'],
  [['a/', 'a/'], ''],
  [['/aaa', '/aaa'], ''],
  [['/aaa', 'aaa'], 'aaa'],
  [['aaa', 'aaaa'], 'aaa'],
  [['/aaa/', 'xaaa'], 'aaa/'],
  [['aaa/', 'xaaa'], 'aaa/'],
  [['//', '/'], '//'],
  [['///', 'x'], '///'],
  [['/', '/'], ''],
  [['a', ''], 'a'],
  [['/a/b', 'a/b'], 'b'],
  [['ab/', 'b/'], 'ab'],
  [['ab//', 'b'], 'a'],
];

const win32Cases = [
  [[''], ''],
  [['\\'], ''],
  [['a\\b'], 'b'],
  [['a/b'], 'b'],
  [['a\\b\\'], 'b'],
  [['C:'], ''],
  [['C:\\'], ''],
  [['C:a'], 'a'],
  [['C:\\a'], 'a'],
  [['C:.js', '.js'], '.js'],
  [['C:a.js', '.js'], 'a'],
  [['\\\\server\\share'], 'share'],
  [['\\\\server\\share\\'], 'share'],
  [['\\\\server\\share\\a'], 'a'],
  [['a.JS', '.js'], 'a.JS'],
  [['a.js', '.js'], 'a'],
  [['C:a', 'a'], 'a'],
  [['C:', 'C:'], ''],
  [['C:\\\\', 'x'], '\\\\'],
  [['\\\\', 'x'], '\\\\'],
  [['aaa\\', 'xaaa'], 'aaa\\'],
  [['file:stream', ':stream'], 'file'],
  [['1:a', 'a'], '1:'],
];

for (const [args, expected] of posixCases) {
  assert.strictEqual(path.posix.basename(...args), expected,
                     `posix.basename(${JSON.stringify(args)})`);
}
for (const [args, expected] of win32Cases) {
  assert.strictEqual(path.win32.basename(...args), expected,
                     `win32.basename(${JSON.stringify(args)})`);
}

// The host dialect is posix on Linux.
if (process.platform !== 'win32') assert.strictEqual(path.basename('a\\b.txt', '.txt'), 'a\\b');
