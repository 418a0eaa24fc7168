'use strict';
// require.resolve(request, { paths }) searches from the given folders instead of the caller:
// relative requests are tried in each folder, bare ones in each folder's node_modules chain.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const lookup = path.join(common.fixturesDir, 'modules', 'lookup');
const deep = path.join(lookup, 'app', 'src', 'deep');

// Bare requests: the node_modules folders above each entry, in order.
assert.strictEqual(require.resolve('shadowed', { paths: [deep] }),
                   path.join(lookup, 'app', 'node_modules', 'shadowed', 'index.js'));
assert.strictEqual(require.resolve('shadowed', { paths: [lookup] }),
                   path.join(lookup, 'node_modules', 'shadowed', 'index.js'));
assert.strictEqual(require.resolve('shadowed', { paths: [lookup, deep] }),
                   path.join(lookup, 'node_modules', 'shadowed', 'index.js'));
assert.strictEqual(require.resolve('@scope/pkg', { paths: [__dirname, deep] }),
                   path.join(lookup, 'app', 'node_modules', '@scope', 'pkg', 'main.js'));
// Relative requests: each folder itself.
assert.strictEqual(require.resolve('./entry', { paths: [__dirname, deep] }), path.join(deep, 'entry.js'));
assert.strictEqual(require.resolve('../deep/entry.js', { paths: [deep] }), path.join(deep, 'entry.js'));
// Builtins are never looked up.
assert.strictEqual(require.resolve('path', { paths: [deep] }), 'path');
// Not found: the error still names the caller.
assert.throws(() => require.resolve('./entry', { paths: [__dirname] }), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './entry'\nRequire stack:\n- ${__filename}`,
});
// An empty list finds nothing; undefined paths mean the default lookup.
assert.throws(() => require.resolve('./test-require-resolve-options-paths', { paths: [] }),
              { code: 'MODULE_NOT_FOUND' });
assert.strictEqual(require.resolve('./test-require-resolve-options-paths', { paths: undefined }), __filename);
assert.strictEqual(require.resolve('./test-require-resolve-options-paths', null), __filename);
assert.throws(() => require.resolve('./x', { paths: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'x'",
});
