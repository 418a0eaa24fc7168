'use strict';
// Targets are URLs relative to package.json: percent-escapes are decoded to make the file
// name, but an encoded '/' or '\' is refused.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'patterns');

assert.throws(() => requireHere('patterns/features/a%20b'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'src', 'features', 'a b.js')}'`,
});
assert.strictEqual(requireHere('patterns/features/%61lpha'), 'patterns/src/features/alpha.js');

for (const subpath of ['a%2fb', 'nested%2Fbeta', 'nested%5cbeta']) {
  assert.throws(() => requireHere(`patterns/features/${subpath}`), {
    name: 'TypeError',
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "file://${pkgDir}/src/features/${subpath}.js" must not include encoded "/" or "\\" ` +
             'characters',
  });
}
