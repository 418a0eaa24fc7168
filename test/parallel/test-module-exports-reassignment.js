'use strict';
// A module exports module.exports: rebinding `exports` alone changes nothing, replacing
// module.exports drops what was put on the old object. Any value can be exported.
require('../common');
const assert = require('assert');

assert.deepStrictEqual(require('../fixtures/modules/module-object/reassign-exports'), {});
assert.deepStrictEqual(require('../fixtures/modules/module-object/reassign-module-exports'), { kept: true });
const both = require('../fixtures/modules/module-object/reassign-both');
assert.strictEqual(typeof both, 'function');
assert.strictEqual(both.name, 'both');
assert.strictEqual(both.extra, 1);
assert.strictEqual(require('../fixtures/modules/module-object/primitive'), 42);
assert.deepStrictEqual(require('../fixtures/modules/module-object/early-return'), { before: true });
