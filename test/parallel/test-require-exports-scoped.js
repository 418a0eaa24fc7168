'use strict';
// "exports" of a scoped package apply to '@scope/name' and its subpaths.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', '@scoped', 'exp');

assert.strictEqual(requireHere('@scoped/exp'), '@scoped/exp/main.js');
assert.strictEqual(requireHere('@scoped/exp/feature'), '@scoped/exp/feature.js');
assert.throws(() => requireHere('@scoped/exp/feature.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './feature.js' is not defined by "exports" in ${pkgDir}/package.json`,
});
// The scope alone is not a package.
assert.throws(() => requireHere('@scoped'), { code: 'MODULE_NOT_FOUND' });
