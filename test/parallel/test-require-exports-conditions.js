'use strict';
// Conditional exports: require() accepts the "require", "node", "node-addons" and "default"
// conditions, never "import"; the first accepted key in the package's order wins.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'conditions');

assert.strictEqual(requireHere('conditions'), 'conditions/require.js');
assert.strictEqual(requireHere('conditions/node'), 'conditions/node.js');
assert.strictEqual(requireHere('conditions/default'), 'conditions/default.js');
// "default" comes first here, so "require" is never reached.
assert.strictEqual(requireHere('conditions/order'), 'conditions/default.js');
assert.strictEqual(requireHere('conditions/addons'), 'conditions/addons.js');
// Conditions that are not on by default ("development", "production", "browser", ...).
assert.strictEqual(requireHere('conditions/development'), 'conditions/default.js');
// Only "import": nothing for require().
assert.throws(() => requireHere('conditions/import-only'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './import-only' is not defined by "exports" in ${pkgDir}/package.json`,
});
assert.strictEqual(requireHere.resolve('conditions'), path.join(pkgDir, 'require.js'));
