'use strict';
// path.toNamespacedPath() (alias _makeLong): a no-op on posix; on win32 drive and UNC paths
// get the \\\\?\\ prefix after resolve(), other strings come back resolved.
require('../common');
const assert = require('assert');
const path = require('path');

const win32Cases = [
  ['', ''],
  ['C:\\a', '\\\\?\\C:\\a'],
  ['C:/a/../b', '\\\\?\\C:\\b'],
  ['c:\\', '\\\\?\\c:\\'],
  ['\\\\server\\share\\a', '\\\\?\\UNC\\server\\share\\a'],
  ['//server/share', '\\\\?\\UNC\\server\\share\\'],
  ['\\\\?\\C:\\a', '\\\\?\\C:\\a'],
  ['\\\\.\\pipe\\x', '\\\\.\\pipe\\x'],
  ['\\\\?\\UNC\\s\\sh', '\\\\?\\UNC\\s\\sh'],
  ['\\\\s', '\\\\s'],
  ['\\x', '\\x'],
  ['\\\\?\\C:\\a\\..', '\\\\?\\C:'],
];

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.toNamespacedPath(input), expected,
                     `win32.toNamespacedPath(${JSON.stringify(input)})`);
}

// Not a string, or empty: returned as it is, without an error.
for (const value of [undefined, null, 1, {}, '']) {
  assert.strictEqual(path.win32.toNamespacedPath(value), value);
  assert.strictEqual(path.posix.toNamespacedPath(value), value);
}
for (const value of ['a', '/a/../b', 'C:\\a', '\\\\s\\sh']) {
  assert.strictEqual(path.posix.toNamespacedPath(value), value);
}
// A relative path is resolved (here against the POSIX working directory).
if (process.platform !== 'win32') {
  const cwd = process.cwd().replace(/\//g, '\\');
  // (At '/' the result, '\\x', is too short to resolve and the argument comes back.)
  assert.strictEqual(path.win32.toNamespacedPath('x'), cwd === '\\' ? 'x' : `${cwd}\\x`);
}
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
