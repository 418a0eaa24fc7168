'use strict';
// An array of targets is a list of fallbacks: invalid targets and unmatched conditions move on
// to the next entry, but a valid target naming a missing file is still the answer.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'arrays');

assert.strictEqual(requireHere('arrays'), 'arrays/index.js');
assert.strictEqual(requireHere('arrays/condition'), 'arrays/fallback.js');
assert.strictEqual(requireHere('arrays/first-wins'), 'arrays/first.js');
assert.strictEqual(requireHere('arrays/null-first'), 'arrays/second.js');
assert.strictEqual(requireHere('arrays/nested'), 'arrays/first.js');
assert.throws(() => requireHere('arrays/missing-file'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'nope.js')}'`,
});
// Every entry invalid: the last error is thrown.
assert.throws(() => requireHere('arrays/all-invalid'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: `Invalid "exports" target "invalid-two.js" defined for './all-invalid' in the package config ` +
           `${pkgDir}/package.json; targets must start with "./"`,
});
// An empty array exports nothing.
assert.throws(() => requireHere('arrays/empty'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
