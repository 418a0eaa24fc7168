'use strict';
// require.resolve.paths(request): the folders a request would be searched in; null for
// builtins, the requiring file's folder for relative requests.
require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

assert.strictEqual(require.resolve.paths('path'), null);
assert.strictEqual(require.resolve.paths('node:path'), null);
assert.strictEqual(require.resolve.paths('node:events'), null);

for (const request of ['./x', '../x', '.', '..']) {
  assert.deepStrictEqual(require.resolve.paths(request), [__dirname]);
}

const bare = require.resolve.paths('some-package');
assert.deepStrictEqual(bare, [...module.paths, ...Module.globalPaths]);
assert.strictEqual(bare[0], path.join(__dirname, 'node_modules'));
// An unknown node: id is not a builtin, so it gets the search paths of a package.
assert.deepStrictEqual(require.resolve.paths('node:nope'), bare);
// Absolute requests get the package search paths too (they are never used).
assert.deepStrictEqual(require.resolve.paths('/abs/file'), bare);

assert.throws(() => require.resolve.paths(1), { code: 'ERR_INVALID_ARG_TYPE' });
