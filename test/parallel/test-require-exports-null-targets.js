'use strict';
// A null target hides the subpaths it matches, even from a broader pattern.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'nulls');

assert.strictEqual(requireHere('nulls'), 'nulls/index.js');
assert.strictEqual(requireHere('nulls/visible'), 'nulls/lib/visible.js');
for (const subpath of ['./hidden', './secret/key']) {
  assert.throws(() => requireHere(`nulls${subpath.slice(1)}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`,
  });
}
// './secret' itself is not under './secret/*': './*' maps it.
assert.throws(() => requireHere('nulls/secret'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib', 'secret.js')}'`,
});
