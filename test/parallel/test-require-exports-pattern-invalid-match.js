'use strict';
// What a '*' matches may not contain '.', '..' or 'node_modules' segments (also
// percent-encoded): ERR_INVALID_MODULE_SPECIFIER.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'patterns');

for (const subpath of ['./features/../features/alpha', './features/./alpha', './features/node_modules/x',
                       './features/%2e%2e/x', './features/NODE_MODULES/x']) {
  assert.throws(() => requireHere(`patterns${subpath.slice(1)}`), {
    name: 'TypeError',
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "${subpath}" request is not a valid match in pattern "./features/*" for the ` +
             `"exports" resolution of ${pkgDir}/package.json`,
  });
}
