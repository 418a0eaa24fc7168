'use strict';
// Inside a package with "exports", the package can require itself by name; errors then name
// the requiring file. Without "exports" there is no self-reference.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const pkgDir = path.join(common.fixturesDir, 'modules', 'self-ref');
const user = path.join(pkgDir, 'lib', 'user.js');

assert.deepStrictEqual(require('../fixtures/modules/self-ref/lib/user'), {
  main: 'self-ref/index.js',
  util: 'self-ref/lib/util.js',
});
const requireInside = createRequire(user);
assert.strictEqual(requireInside.resolve('@me/self-ref/util'), path.join(pkgDir, 'lib', 'util.js'));

for (const subpath of ['./lib/util.js', './package.json', './']) {
  assert.throws(() => requireInside(`@me/self-ref${subpath.slice(1)}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json ` +
             `imported from ${user}`,
  });
}
assert.throws(() => requireInside('@me/self-ref/missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib', 'nope.js')}'`,
  path: path.join(pkgDir, 'package.json'),
});
// Only from inside the package.
assert.throws(() => require('@me/self-ref'), { code: 'MODULE_NOT_FOUND' });

const plain = path.join(common.fixturesDir, 'modules', 'self-no-exports', 'lib', 'x.js');
assert.throws(() => createRequire(plain)('self-no-exports'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'self-no-exports'\nRequire stack:\n- ${plain}`,
});
