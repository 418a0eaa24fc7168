'use strict';
// path.parse() and path.format(): posix and win32. parse('/..') on posix gives
// name '.' and ext '.', as Node does.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['//', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['a', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['/a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/a/', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/a/b.c', { root: '/', dir: '/a', base: 'b.c', ext: '.c', name: 'b' }],
  ['a/b.c.d', { root: '', dir: 'a', base: 'b.c.d', ext: '.d', name: 'b.c' }],
  ['./a', { root: '', dir: '.', base: 'a', ext: '', name: 'a' }],
  ['../a.b', { root: '', dir: '..', base: 'a.b', ext: '.b', name: 'a' }],
  ['.a', { root: '', dir: '', base: '.a', ext: '', name: '.a' }],
  ['/.a', { root: '/', dir: '/', base: '.a', ext: '', name: '.a' }],
  ['/..', { root: '/', dir: '/', base: '..', ext: '.', name: '.' }],
  ['/../', { root: '/', dir: '/', base: '..', ext: '.', name: '.' }],
  ['//..', { root: '/', dir: '/', base: '..', ext: '', name: '..' }],
  ['/...', { root: '/', dir: '/', base: '...', ext: '.', name: '..' }],
  ['a/..', { root: '', dir: 'a', base: '..', ext: '', name: '..' }],
  ['/a/..', { root: '/', dir: '/a', base: '..', ext: '', name: '..' }],
  ['..a', { root: '', dir: '', base: '..a', ext: '.a', name: '.' }],
  ['a.', { root: '', dir: '', base: 'a.', ext: '.', name: 'a' }],
  ['/a//b.c//', { root: '/', dir: '/a/', base: 'b.c', ext: '.c', name: 'b' }],
  ['a\\b.c', { root: '', dir: '', base: 'a\\b.c', ext: '.c', name: 'a\\b' }],
];

const win32Cases = [
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['C:', { root: 'C:', dir: 'C:', base: '', ext: '', name: '' }],
  ['C:\\', { root: 'C:\\', dir: 'C:\\', base: '', ext: '', name: '' }],
  ['C:a.b', { root: 'C:', dir: 'C:', base: 'a.b', ext: '.b', name: 'a' }],
  ['C:\\a\\b.c', { root: 'C:\\', dir: 'C:\\a', base: 'b.c', ext: '.c', name: 'b' }],
  ['C:/a/', { root: 'C:/', dir: 'C:/', base: 'a', ext: '', name: 'a' }],
  ['\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }],
  ['\\a', { root: '\\', dir: '\\', base: 'a', ext: '', name: 'a' }],
  ['\\\\server\\share', { root: '\\\\server\\share', dir: '\\\\server\\share', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\a.b', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'a.b', ext: '.b', name: 'a' }],
  ['\\\\?\\C:\\x', { root: '\\\\?\\C:\\', dir: '\\\\?\\C:\\', base: 'x', ext: '', name: 'x' }],
  ['\\\\.\\pipe\\x', { root: '\\\\.\\pipe\\', dir: '\\\\.\\pipe\\', base: 'x', ext: '', name: 'x' }],
  ['//..', { root: '/', dir: '/', base: '..', ext: '', name: '..' }],
  ['C:\\\\..', { root: 'C:\\', dir: 'C:\\', base: '..', ext: '', name: '..' }],
  ['a\\..', { root: '', dir: 'a', base: '..', ext: '', name: '..' }],
  ['\\\\server', { root: '\\', dir: '\\', base: 'server', ext: '', name: 'server' }],
  ['a/b.c', { root: '', dir: 'a', base: 'b.c', ext: '.c', name: 'b' }],
];

for (const [input, expected] of posixCases) {
  const parsed = path.posix.parse(input);
  assert.deepStrictEqual(parsed, expected, `posix.parse(${JSON.stringify(input)})`);
  assert.deepStrictEqual(Object.keys(parsed), ['root', 'dir', 'base', 'ext', 'name']);
  assert.strictEqual(Object.getPrototypeOf(parsed), Object.prototype);
}
for (const [input, expected] of win32Cases) {
  assert.deepStrictEqual(path.win32.parse(input), expected, `win32.parse(${JSON.stringify(input)})`);
}

// format(): dir wins over root, base over name + ext; ext gets a dot when it has none.
const formatCases = [
  [{  }, ['', '']],
  [{ root: '/' }, ['/', '/']],
  [{ dir: '/a', base: 'b' }, ['/a/b', '/a\\b']],
  [{ root: '/', dir: '/', base: 'x' }, ['/x', '/x']],
  [{ root: '/x/', name: 'a', ext: 'b' }, ['/x/a.b', '/x/a.b']],
  [{ name: 'a', ext: '.b' }, ['a.b', 'a.b']],
  [{ name: 'a', ext: '.' }, ['a.', 'a.']],
  [{ name: 'a', ext: '..b' }, ['a..b', 'a..b']],
  [{ dir: 'a', root: 'r' }, ['a/', 'a\\']],
  [{ root: 'r', base: 'b' }, ['rb', 'rb']],
  [{ dir: 'd', base: 'b', name: 'n', ext: 'e' }, ['d/b', 'd\\b']],
  [{ base: '', name: 'n' }, ['n', 'n']],
  [{ dir: 1, base: 2 }, ['1/2', '1\\2']],
  [{ ext: 'x' }, ['.x', '.x']],
  [{ root: 'C:\\\\', name: 'f', ext: 'txt' }, ['C:\\\\f.txt', 'C:\\\\f.txt']],
];
for (const [object, [posixExpected, win32Expected]] of formatCases) {
  assert.strictEqual(path.posix.format(object), posixExpected, `posix.format(${JSON.stringify(object)})`);
  assert.strictEqual(path.win32.format(object), win32Expected, `win32.format(${JSON.stringify(object)})`);
}

// Round trips.
for (const input of ['/home/user/file.txt', 'a/b/c', '/x.y', 'rel.js']) {
  assert.strictEqual(path.posix.format(path.posix.parse(input)), input);
}
for (const input of ['C:\\a\\b.txt', '\\\\s\\sh\\f.x', 'C:x']) {
  assert.strictEqual(path.win32.format(path.win32.parse(input)), input);
}

for (const format of [path.posix.format, path.win32.format]) {
  for (const value of [null, undefined, 'x', 1, [], () => {}]) {
    assert.throws(() => format(value), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
}
assert.throws(() => path.format(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received null',
});
