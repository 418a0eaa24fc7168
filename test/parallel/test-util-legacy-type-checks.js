'use strict';
// The old util.is*() predicates, util._extend() and util.isArray(), kept for compatibility.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.isArray, Array.isArray);

const values = [undefined, null, true, 0, 'str', Symbol('s'), 1n, {}, [], () => {}, /re/,
                new Date(0), new Error('e')];
const expectations = {
  isBoolean: [true],
  isNull: [null],
  isNullOrUndefined: [undefined, null],
  isNumber: [0],
  isString: ['str'],
  isSymbol: [values[5]],
  isUndefined: [undefined],
  isRegExp: [values[10]],
  isObject: [values[7], values[8], values[10], values[11], values[12]],
  isDate: [values[11]],
  isError: [values[12]],
  isFunction: [values[9]],
  isPrimitive: [undefined, null, true, 0, 'str', values[5], 1n],
};
for (const [name, accepted] of Object.entries(expectations)) {
  assert.strictEqual(util[name].name, name);
  for (const value of values) {
    assert.strictEqual(util[name](value), accepted.includes(value),
                       `${name}(${util.inspect(value)})`);
  }
}

// isError also accepts objects that only inherit from Error.prototype.
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({ name: 'Error', message: 'fake' }), false);
assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(util.isBuffer(new Uint8Array(1)), false);

// _extend copies own enumerable properties, ignoring non-object sources.
assert.deepStrictEqual(util._extend({ a: 1, b: 2 }, { b: 3, c: 4 }), { a: 1, b: 3, c: 4 });
const target = { a: 1 };
assert.strictEqual(util._extend(target, null), target);
assert.strictEqual(util._extend(target, 'string'), target);
assert.deepStrictEqual(target, { a: 1 });
