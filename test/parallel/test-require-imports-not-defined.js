'use strict';
// A '#'-name the package's "imports" does not define (or maps to null) throws
// ERR_PACKAGE_IMPORT_NOT_DEFINED; names that cannot be imports throw ERR_INVALID_MODULE_SPECIFIER.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const pkgDir = path.join(common.fixturesDir, 'modules', 'imports');
const user = path.join(pkgDir, 'lib', 'user.js');
const requireInside = createRequire(user);

for (const request of ['#nope', '#null', '#internal/secret/key', '#DEP']) {
  assert.throws(() => requireInside(request), {
    name: 'TypeError',
    code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    message: `Package import specifier "${request}" is not defined in package ${pkgDir}/package.json ` +
             `imported from ${user}`,
  });
}
for (const request of ['#', '#/x', '#dep/', '#internal/']) {
  assert.throws(() => requireInside(request), {
    name: 'TypeError',
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "${request}" is not a valid internal imports specifier name imported from ${user}`,
  });
}
assert.throws(() => requireInside('#internal/../dep'), {
  name: 'TypeError',
  code: 'ERR_INVALID_MODULE_SPECIFIER',
  message: 'Invalid module "#internal/../dep" request is not a valid match in pattern "#internal/*" for the ' +
           `"imports" resolution of ${pkgDir}/package.json imported from ${user}`,
});
for (const [request, target] of [['#up', '../outside.js'], ['#absolute', '/lib/dep.js'],
                                 ['#node-builtin', 'node:path']]) {
  assert.throws(() => requireInside(request), {
    code: 'ERR_INVALID_PACKAGE_TARGET',
    message: `Invalid "imports" target "${target}" defined for '${request}' in the package config ` +
             `${pkgDir}/package.json imported from ${user}`,
  });
}
