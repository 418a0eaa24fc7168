'use strict';
// The node: scheme names builtins only: it loads the same object as the bare id, resolves to
// itself, and an unknown id is an error rather than a file lookup.
require('../common');
const assert = require('assert');

assert.strictEqual(require('node:path'), require('path'));
assert.strictEqual(require('node:events'), require('events'));
assert.strictEqual(require('node:module'), require('module'));
assert.strictEqual(require.resolve('node:path'), 'node:path');
assert.strictEqual(require.resolve('path'), 'path');

for (const request of ['node:nope', 'node:', 'node:path/', 'node:internal/errors']) {
  assert.throws(() => require(request), {
    name: 'Error',
    code: 'ERR_UNKNOWN_BUILTIN_MODULE',
    message: `No such built-in module: ${request}`,
  });
}
// Resolving an unknown node: id is an ordinary failed lookup.
assert.throws(() => require.resolve('node:nope'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'node:nope'\nRequire stack:\n- ${__filename}`,
});
// The scheme is case-sensitive: anything else is a package name.
assert.throws(() => require('NODE:path'), { code: 'MODULE_NOT_FOUND' });
// internal/ modules are never reachable from user code.
assert.throws(() => require('internal/errors'), { code: 'MODULE_NOT_FOUND' });
