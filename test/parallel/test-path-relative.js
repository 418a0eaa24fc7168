'use strict';
// path.relative(): posix and win32 (case-insensitive, answers in the spelling of `to`).
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [['/a/b', '/a/b'], ''],
  [['/a/b', '/a/b/c'], 'c'],
  [['/a/b/c', '/a/b'], '..'],
  [['/a/b', '/a/c'], '../c'],
  [['/a/bc', '/a/b'], '../b'],
  [['/a/b', '/a/bc'], '../bc'],
  [['/', '/a'], 'a'],
  [['/a', '/'], '..'],
  [['/a/b/c', '/x/y'], '../../../x/y'],
  [['/a//b/', '/a/b/c/'], 'c'],
  [['/a/./b', '/a/../a/b/c'], 'c'],
  [['/', '/'], ''],
  [['/ab', '/a'], '../a'],
];

const win32Cases = [
  [['C:\\a', 'C:\\a'], ''],
  [['C:\\a', 'c:\\A'], ''],
  [['C:\\a\\b', 'C:\\a\\b\\c'], 'c'],
  [['C:\\a\\b\\c', 'C:\\a'], '..\\..'],
  [['C:\\a', 'D:\\a'], 'D:\\a'],
  [['C:\\', 'C:\\a'], 'a'],
  [['C:\\a', 'C:\\'], '..'],
  [['C:\\ab', 'C:\\abc'], '..\\abc'],
  [['C:\\abc', 'C:\\ab'], '..\\ab'],
  [['C:\\a', 'c:\\A\\B'], 'B'],
  [['C:\\Foo\\Bar', 'c:\\foo\\BAZ'], '..\\BAZ'],
  [['\\\\s\\sh\\a', '\\\\s\\sh\\b'], '..\\b'],
  [['\\\\s\\sh', '\\\\s\\sh\\x'], 'x'],
  [['\\\\s\\sh\\x', '\\\\s\\sh'], '..'],
  [['\\\\s\\sh\\x', '\\\\s\\sh2\\y'], '..\\..\\sh2\\y'],
  [['c:\\\\', '\\\\C:\\a'], 'a\\'],
  [['C:\\a', '\\\\s\\sh\\a'], '\\\\s\\sh\\a'],
  [['\\ab', '\\abc'], 'c'],
  [['\\abc', '\\ab'], ''],
  [['\\a', '\\ab'], '..ab'],
  [['\\ab\\x', '\\a'], '..\\..a'],
  [['\\abc', '\\abd'], '\\abd'],
  [['\\a\\b', '\\a\\c'], '..\\c'],
  [['C:\\\u0130', 'C:\\\u0130\\x'], 'x'],
  [['C:\\\u0130', 'C:\\i\\x'], '..\\i\\x'],
  [['\\tmp', '\\\u0130'], '..\\\u0130'],
  [['\\\u0130', 'C:\\x'], 'C:\\x'],
  [['C:\\\u0130', 'D:\\x'], 'D:\\x'],
  [['\\\\s\\sh\\\u0130', '\\x'], '..\\..\\..\\..\\x'],
  [['\\\u0130', '\\\\s\\sh\\x'], '..\\\\s\\sh\\x'],
  [['\\\u0130', '\\i\u0307'], ''],
];

for (const [args, expected] of posixCases) {
  assert.strictEqual(path.posix.relative(...args), expected,
                     `posix.relative(${JSON.stringify(args)})`);
}
for (const [args, expected] of win32Cases) {
  assert.strictEqual(path.win32.relative(...args), expected,
                     `win32.relative(${JSON.stringify(args)})`);
}

// Relative arguments are resolved against the working directory first.
assert.strictEqual(path.posix.relative('', ''), '');
assert.strictEqual(path.posix.relative('a', 'a/b'), 'b');
assert.strictEqual(path.posix.relative(process.cwd(), 'x'), 'x');
assert.strictEqual(path.posix.relative('x', process.cwd()), '..');
assert.strictEqual(path.win32.relative('a', 'a\\b'), 'b');
