'use strict';
// The shape of the path module: the host dialect (posix on Linux), the two dialects pointing
// at each other, separators, delimiters and function names.
require('../common');
const assert = require('assert');
const path = require('path');

const expectedKeys = [
  'resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
  'basename', 'extname', 'format', 'parse', 'sep', 'delimiter', 'win32', 'posix', '_makeLong',
];
// matchesGlob() is experimental in Node 20 and not part of this check.
const keysOf = (object) => Object.keys(object).filter((key) => key !== 'matchesGlob');

if (process.platform !== 'win32') assert.strictEqual(path, path.posix);
assert.strictEqual(require('node:path'), path);

for (const dialect of [path.posix, path.win32]) {
  assert.deepStrictEqual(keysOf(dialect), expectedKeys);
  assert.strictEqual(dialect.posix, path.posix);
  assert.strictEqual(dialect.win32, path.win32);
  assert.strictEqual(Object.getPrototypeOf(dialect), Object.prototype);
  for (const key of expectedKeys) {
    if (typeof dialect[key] !== 'function' || key === '_makeLong') continue;
    assert.strictEqual(dialect[key].name, key === 'format' ? 'bound _format' : key);
  }
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(dialect, 'sep'), {
    value: dialect.sep, writable: true, enumerable: true, configurable: true,
  });
}
assert.strictEqual(path.posix.win32.posix, path.posix);

assert.strictEqual(path.posix.sep, '/');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.posix.delimiter, ':');
assert.strictEqual(path.win32.delimiter, ';');

// Function lengths as Node declares them (rest parameters count as nothing).
assert.strictEqual(path.posix.resolve.length, 0);
assert.strictEqual(path.posix.join.length, 0);
assert.strictEqual(path.posix.relative.length, 2);
assert.strictEqual(path.posix.basename.length, 2);
assert.strictEqual(path.posix.format.length, 1);
assert.strictEqual(path.win32.normalize.length, 1);
