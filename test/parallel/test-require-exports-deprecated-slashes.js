'use strict';
// Empty path segments in a target or a pattern match still resolve, with a DEP0166 warning
// each time; a request ending in '/' that reaches a pattern warns DEP0155 once.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const invalidConfig = path.join(root, 'node_modules', 'invalid', 'package.json');
const patternsConfig = path.join(root, 'node_modules', 'patterns', 'package.json');
const field = (config) => `in the "exports" field module resolution of the package at ${config}.`;

common.expectWarning('DeprecationWarning', [
  [`Use of deprecated double slash resolving ".//index.js" for module request "./double-slash" ${field(invalidConfig)}`,
   'DEP0166'],
  ['Use of deprecated leading or trailing slash matching resolving "./lib/ok.js/" for module request ' +
   `"./trailing-slash" ${field(invalidConfig)}`, 'DEP0166'],
  ['Use of deprecated double slash resolving "./lib//ok.js" for module request "./pattern-double/ok" matched to ' +
   `"./pattern-double/*" ${field(invalidConfig)}`, 'DEP0166'],
  ['Use of deprecated double slash resolving "./src/features//alpha.js" for module request "./features//alpha" ' +
   `matched to "./features/*" ${field(patternsConfig)}`, 'DEP0166'],
  ['Use of deprecated trailing slash pattern mapping "./features/" in the "exports" field module resolution of ' +
   `the package at ${patternsConfig}. Mapping specifiers ending in "/" is no longer supported.`, 'DEP0155'],
]);

assert.strictEqual(requireHere('invalid/double-slash'), 'invalid/index.js');
assert.throws(() => requireHere('invalid/trailing-slash'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(root, 'node_modules', 'invalid', 'lib', 'ok.js')}/'`,
});
assert.strictEqual(requireHere('invalid/pattern-double/ok'), 'invalid/lib/ok.js');
assert.strictEqual(requireHere('patterns/features//alpha'), 'patterns/src/features/alpha.js');
for (let i = 0; i < 2; i++) {
  assert.throws(() => requireHere('patterns/features/'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
}
