'use strict';
// Targets must be './'-relative paths that stay inside the package and out of its
// node_modules: anything else is ERR_INVALID_PACKAGE_TARGET.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const config = `${path.join(root, 'node_modules', 'invalid')}/package.json`;
const mustStartWith = '; targets must start with "./"';

assert.throws(() => requireHere('invalid'), {
  name: 'Error',
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" main target "index.js" defined in the package config ${config}${mustStartWith}`,
});
for (const [key, shown, suffix] of [
  ['./up', '"../outside.js"', mustStartWith],
  ['./absolute', '"/index.js"', mustStartWith],
  ['./url', '"file:///index.js"', mustStartWith],
  ['./number', '"5"', mustStartWith],
  ['./boolean', '"true"', mustStartWith],
  ['./node-modules', '"./node_modules/dep/index.js"', ''],
  ['./dot', '"./././index.js"', ''],
  ['./dotdot', '"./lib/../index.js"', ''],
  ['./encoded', '"./%2e%2e/index.js"', ''],
]) {
  assert.throws(() => requireHere(`invalid${key.slice(1)}`), {
    name: 'Error',
    code: 'ERR_INVALID_PACKAGE_TARGET',
    message: `Invalid "exports" target ${shown} defined for '${key}' in the package config ${config}${suffix}`,
  });
}
// The same checks apply to a target that is a pattern.
assert.strictEqual(requireHere('invalid/pattern/ok'), 'invalid/lib/ok.js');
