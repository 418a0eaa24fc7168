'use strict';
// A "main" naming nothing falls back to index.js with a DEP0128 warning;
// without an index either, the error names the missing main.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'directories');

common.expectWarning('DeprecationWarning', [[
  `Invalid 'main' field in '${path.join(dir, 'main-invalid', 'package.json')}' of 'missing.js'. ` +
  'Please either fix that or report it to the module author',
  'DEP0128',
]]);

assert.strictEqual(require('../fixtures/modules/directories/main-invalid'), 'main-invalid/index.js');
// Cached: no second warning.
assert.strictEqual(require('../fixtures/modules/directories/main-invalid'), 'main-invalid/index.js');

assert.throws(() => require('../fixtures/modules/directories/main-invalid-noindex'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
                     `Cannot find module '${path.join(dir, 'main-invalid-noindex', 'missing.js')}'. ` +
                     'Please verify that the package.json has a valid "main" entry');
  assert.strictEqual(err.path, path.join(dir, 'main-invalid-noindex', 'package.json'));
  assert.strictEqual(err.requestPath, '../fixtures/modules/directories/main-invalid-noindex');
  assert.strictEqual(err.requireStack, undefined);
  return true;
});
