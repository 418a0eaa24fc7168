'use strict';
// An "exports" object mixing '.'-subpaths with condition names, or conditions with numeric
// keys, is an invalid package config.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));

for (const request of ['mixed-keys', 'mixed-keys/x']) {
  assert.throws(() => requireHere(request), {
    name: 'Error',
    code: 'ERR_INVALID_PACKAGE_CONFIG',
    message: `Invalid package config ${path.join(root, 'node_modules', 'mixed-keys', 'package.json')}. ` +
             '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must ' +
             'either be an object of package subpath keys or an object of main entry condition name keys only.',
  });
}
assert.throws(() => requireHere('invalid/numeric-keys'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(root, 'node_modules', 'invalid', 'package.json')}. ` +
           '"exports" cannot contain numeric property keys.',
});
