'use strict';
// Conditions nest: an inner object that matches nothing falls through to the next condition
// of the outer one.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'nested');

assert.strictEqual(requireHere('nested'), 'nested/node-require.js');
// "node" matches but holds only "import": on to "default".
assert.strictEqual(requireHere('nested/fallthrough'), 'nested/default.js');
assert.strictEqual(requireHere('nested/deep'), 'nested/deep.js');
assert.throws(() => requireHere('nested/nothing'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './nothing' is not defined by "exports" in ${pkgDir}/package.json`,
});
