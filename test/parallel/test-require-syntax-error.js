'use strict';
// A module that does not compile throws a SyntaxError before any of its code runs, and is
// not cached.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const file = path.join(common.fixturesDir, 'modules', 'errors', 'syntax-error.js');
const children = [...module.children];

assert.throws(() => require('../fixtures/modules/errors/syntax-error'), {
  name: 'SyntaxError',
  message: "Unexpected token ';'",
});
assert.strictEqual(require.cache[file], undefined);
assert.deepStrictEqual(module.children, children);
