'use strict';
// ERR_PACKAGE_PATH_NOT_EXPORTED: its two messages, for the package itself and for a subpath.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'no-main-export');

// "exports" without '.': the package cannot be required by name, even with a "main".
assert.throws(() => requireHere('no-main-export'), {
  name: 'Error',
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${pkgDir}/package.json`,
});
assert.throws(() => requireHere.resolve('no-main-export'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.strictEqual(requireHere('no-main-export/sub'), 'no-main-export/sub.js');
assert.throws(() => requireHere('no-main-export/index.js'), (err) => {
  assert.strictEqual(err.code, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  assert.strictEqual(err.message,
                     `Package subpath './index.js' is not defined by "exports" in ${pkgDir}/package.json`);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.ok(err.stack.startsWith(`Error [ERR_PACKAGE_PATH_NOT_EXPORTED]: ${err.message}\n`), err.stack);
  return true;
});
