'use strict';
// Reading a property that unfinished exports lack, inside a require cycle, warns; present
// properties, 'in', hasOwnProperty and __esModule do not.
const common = require('../common');
const assert = require('assert');

common.expectWarning('Warning',
                     "Accessing non-existent property 'late' of module exports inside circular dependency");

const a = require('../fixtures/modules/cycle/warn-a');
assert.deepStrictEqual(require('../fixtures/modules/cycle/warn-b'), {
  early: 'early',
  late: undefined,
  hasOwn: false,
  inOperator: false,
  esModule: undefined,
});
assert.deepStrictEqual(a, { early: 'early', late: 'late' });
// Once loaded, the exports are an ordinary object again.
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.strictEqual(a.other, undefined);
