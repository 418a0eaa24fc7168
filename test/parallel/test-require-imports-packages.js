'use strict';
// An "imports" target without './' names another package, found in node_modules above the
// package.json and resolved through its "exports", else its "main" or the exact file.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const pkgDir = path.join(common.fixturesDir, 'modules', 'imports');
const pjson = path.join(pkgDir, 'package.json');
const requireInside = createRequire(path.join(pkgDir, 'lib', 'user.js'));

assert.strictEqual(requireInside('#package'), 'imports/node_modules/outer-dep/main.js');
assert.strictEqual(requireInside('#package/sub'), 'imports/node_modules/outer-dep/sub.js');
assert.strictEqual(requireInside('#no-main'), 'imports/node_modules/no-main-dep/index.js');
assert.strictEqual(requireInside('#exported'), 'imports/node_modules/exp-dep/f.js');
assert.throws(() => requireInside('#package/nope'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'node_modules', 'outer-dep', 'nope.js')}'`,
  path: pjson,
});
// The other package's "exports" apply, and errors name the package.json that imported it.
const expDep = path.join(pkgDir, 'node_modules', 'exp-dep');
assert.throws(() => requireInside('#exported-hidden'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './hidden' is not defined by "exports" in ${expDep}/package.json imported from ${pjson}`,
});
assert.throws(() => requireInside('#exported-main'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${expDep}/package.json imported from ${pjson}`,
});
// A package that is not installed.
for (const request of ['#not-installed', '#self']) {
  assert.throws(() => requireInside(request), {
    code: 'MODULE_NOT_FOUND',
    message: `Cannot find module '${request}'`,
  });
}
assert.throws(() => requireInside('#bad-name'), {
  name: 'TypeError',
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: `Invalid module ".hidden" is not a valid package name imported from ${pjson}`,
});
