'use strict';
// assert.deepStrictEqual() / util.isDeepStrictEqual(): Object.is for primitives, prototypes
// and [[Class]] tags must match, own enumerable string and symbol keys are compared.
require('../common');
const assert = require('assert');
const util = require('util');

function equal(a, b) {
  assert.deepStrictEqual(a, b);
  assert.deepStrictEqual(b, a);
  assert.strictEqual(util.isDeepStrictEqual(a, b), true);
  assert.throws(() => assert.notDeepStrictEqual(a, b), { operator: 'notDeepStrictEqual' });
}

function unequal(a, b) {
  assert.throws(() => assert.deepStrictEqual(a, b), (err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'deepStrictEqual');
    // Two errors are replaced by stand-ins without their stacks.
    if (!(a instanceof Error && b instanceof Error)) {
      assert.strictEqual(err.actual, a);
      assert.strictEqual(err.expected, b);
    }
    return true;
  });
  assert.throws(() => assert.deepStrictEqual(b, a), { operator: 'deepStrictEqual' });
  assert.strictEqual(util.isDeepStrictEqual(a, b), false);
  assert.notDeepStrictEqual(a, b);
  assert.notDeepStrictEqual(b, a);
}

// Primitives: Object.is.
equal(1, 1);
equal(NaN, NaN);
equal('a', 'a');
equal(null, null);
equal(undefined, undefined);
equal(Symbol.for('s'), Symbol.for('s'));
equal(1n, 1n);
unequal(0, -0);
unequal(1, '1');
unequal(null, undefined);
unequal(true, 1);
unequal(1n, 1);
unequal(Symbol('a'), Symbol('a'));
unequal({}, null);
unequal([], undefined);

// Nested primitives follow the same rule.
equal({ a: NaN }, { a: NaN });
unequal({ a: 1 }, { a: '1' });
unequal([-0], [0]);
unequal({ a: -0 }, { a: 0 });
unequal({ a: null }, { a: undefined });

// Functions are equal only to themselves.
equal(Math.max, Math.max);
equal({ f: Math.max }, { f: Math.max });
unequal(function() {}, function() {});
unequal(Object.assign(() => {}, { a: 1 }), Object.assign(() => {}, { a: 1 }));

// Keys: own enumerable ones, in any order; a missing key differs from an undefined one.
equal({ a: 1, b: 2 }, { b: 2, a: 1 });
equal({ 1: 1, 2: 2 }, { 2: 2, 1: 1 });
unequal({ a: undefined }, {});
unequal({ a: undefined, b: 1 }, { b: 1, c: undefined });
equal(Object.defineProperty({}, 'hidden', { value: 1 }), {});
// A key that is non-enumerable on one side counts as missing there.
unequal({ x: 1, y: 1 }, Object.defineProperty({ y: 1, z: 1 }, 'x', { value: 1 }));
// Getters are read like any property.
equal({ get a() { return 1; } }, { a: 1 });

// Symbol keys count when enumerable.
{
  const s = Symbol('s');
  equal({ [s]: 1 }, { [s]: 1 });
  unequal({ [s]: 1 }, { [s]: 2 });
  unequal({ [s]: 1 }, {});
  equal(Object.defineProperty({}, s, { value: 1 }), {});
  unequal(Object.assign([1], { [s]: 1 }), Object.assign([1], { [s]: 2 }));
  unequal(Object.assign([1], { [s]: 1 }), Object.defineProperty([1], s, { value: 1 }));
}

// Prototypes must be the same.
unequal(Object.create(null), {});
unequal(Object.create({ x: 1 }), {});
unequal(Object.create({ x: 1 }), Object.create({ x: 1 }));
unequal(new (class A {})(), new (class B {})());
{
  class A {}
  equal(new A(), new A());
}
unequal(Object.setPrototypeOf([1], null), [1]);
unequal(new (class D extends Date {})(0), new Date(0));
unequal(new (class N extends Number {})(1), new Number(1));

// So must the [[Class]] tag, including Symbol.toStringTag.
unequal([], {});
unequal([1], { 0: 1 });
unequal((function() { return arguments; })(1), [1]);
unequal((function() { return arguments; })(1), { 0: 1 });
unequal({ [Symbol.toStringTag]: 'a' }, {});
equal({ [Symbol.toStringTag]: 'a' }, { [Symbol.toStringTag]: 'a' });
unequal(new Date(0), {});
unequal(Buffer.from('a'), new Uint8Array([97]));

// Arrays: length, holes and extra properties.
equal([1, 2, [3]], [1, 2, [3]]);
equal([1, , , 3], [1, , , 3]); // eslint-disable-line no-sparse-arrays
unequal([1, , , 3], [1, , , 3, , , ]); // eslint-disable-line no-sparse-arrays
unequal([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
unequal([undefined, , ], [, undefined]); // eslint-disable-line no-sparse-arrays
unequal([1, 2], [1, 2, undefined]);
unequal(Object.assign([1], { x: 1 }), [1]);
unequal(Object.assign([1], { x: 1 }), Object.assign([1], { x: '1' }));
unequal(Object.assign([1], { a: 1 }), Object.assign([1], { b: 1 }));
{
  const huge = [];
  huge.length = 2 ** 32 - 1;
  const other = [];
  other.length = 2 ** 32 - 1;
  equal(huge, other);
  other[2 ** 31] = 1;
  unequal(huge, other);
}

// Proxies compare like their targets.
equal(new Proxy({ a: 1 }, {}), { a: 1 });
equal(new Proxy([1], {}), [1]);

// Weak collections and promises have no visible contents.
equal(new WeakMap(), new WeakMap());
equal(new WeakSet(), new WeakSet());
equal(Promise.resolve(1), Promise.resolve(2));

// The custom inspect function is an ordinary (symbol) key.
equal({ [util.inspect.custom]: Math.max }, { [util.inspect.custom]: Math.max });
