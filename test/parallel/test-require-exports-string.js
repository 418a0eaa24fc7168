'use strict';
// "exports": "./main.js" makes that file the package's only entry point: it beats "main",
// and every subpath (even package.json and the file itself) is hidden.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'string-exports');

assert.strictEqual(requireHere('string-exports'), 'string-exports/main.js');
assert.strictEqual(requireHere.resolve('string-exports'), path.join(pkgDir, 'main.js'));

for (const subpath of ['./other.js', './main.js', './legacy', './package.json', './']) {
  assert.throws(() => requireHere(`string-exports${subpath.slice(1)}`), {
    name: 'Error',
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`,
  });
}
// A path to the file is not a package lookup, so "exports" does not apply.
assert.strictEqual(require('../fixtures/modules/exports/node_modules/string-exports/other.js'),
                   'string-exports/other.js');
