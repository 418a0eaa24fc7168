'use strict';
// assert.deepEqual() / notDeepEqual(): primitives by == (NaN equal to NaN), prototypes and
// symbol keys ignored; [[Class]] tags, keys and the contents of special objects still count.
require('../common');
const assert = require('assert');

function equal(a, b) {
  assert.deepEqual(a, b);
  assert.deepEqual(b, a);
  assert.throws(() => assert.notDeepEqual(a, b), { operator: 'notDeepEqual' });
}

function unequal(a, b) {
  assert.throws(() => assert.deepEqual(a, b), (err) => {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, 'deepEqual');
    // Two errors are replaced by stand-ins without their stacks.
    if (!(a instanceof Error && b instanceof Error)) {
      assert.strictEqual(err.actual, a);
      assert.strictEqual(err.expected, b);
    }
    return true;
  });
  assert.throws(() => assert.deepEqual(b, a), { operator: 'deepEqual' });
  assert.notDeepEqual(a, b);
  assert.notDeepEqual(b, a);
}

// Primitives compare with ==.
equal(1, '1');
equal(0, -0);
equal(null, undefined);
equal(true, 1);
equal(1n, 1);
equal(NaN, NaN);
unequal(null, 0);
unequal(1, 2);
unequal(Symbol('a'), Symbol('a'));
// A primitive never equals an object, even a boxed one.
unequal(1, new Number(1));
unequal('a', new String('a'));
unequal({}, null);

// Nested values too.
equal([1], ['1']);
equal({ a: 1 }, { a: '1' });
equal({ a: 1 }, { a: true });
equal({ a: null }, { a: undefined });
equal([-0], [0]);
equal({ a: NaN }, { a: NaN });
unequal({ a: undefined }, {});
unequal({ a: 1 }, { a: 2 });

// Prototypes do not matter; tags do.
equal(Object.create(null), {});
equal(Object.create({ x: 1 }), {});
equal(new (class A {})(), new (class B {})());
equal(Object.setPrototypeOf([1], null), [1]);
equal(new (class D extends Date {})(0), new Date(0));
unequal([], {});
unequal([1], { 0: 1 });
unequal((function() { return arguments; })(1), [1]);
unequal({ [Symbol.toStringTag]: 'a' }, {});
unequal(Buffer.from([1]), [1]);

// Symbol keys are ignored.
{
  const s = Symbol('s');
  equal({ [s]: 1 }, { [s]: 2 });
  equal({ [s]: 1 }, {});
  equal(Object.assign([1], { [s]: 1 }), [1]);
}

// Arrays: same length, holes in the same places.
unequal([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
unequal([1, , 3], [1, null, 3]); // eslint-disable-line no-sparse-arrays
equal([, 1], [, '1']); // eslint-disable-line no-sparse-arrays
unequal([1, 2], [1, 2, undefined]);
unequal(Object.assign([1], { x: 1 }), [1]);
equal(Object.assign([1], { x: 1 }), Object.assign([1], { x: '1' }));

// Functions are compared by identity.
unequal(function() {}, function() {});
equal(Math.max, Math.max);

// Special objects.
equal(new Date(0), new Date(0));
unequal(new Date(0), new Date(1));
unequal(Object.assign(new Date(0), { x: 1 }), new Date(0));
equal(/a/g, /a/g);
unequal(/a/g, /a/i);
equal(new Number(1), new Number(1));
unequal(new Number(1), new Number(2));
unequal(new Number(0), new Number(-0));
unequal(new Number(1), new String('1'));
unequal(new Boolean(true), new Boolean(false));
equal(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
unequal(new Uint8Array([1, 2]), new Int8Array([1, 2]));
// Float arrays compare element values loosely: 0 equals -0, NaN does not equal NaN.
equal(new Float32Array([-0]), new Float32Array([0]));
unequal(new Float64Array([NaN]), new Float64Array([NaN]));

// Errors: name and message (by identity when not enumerable), cause and errors.
equal(new Error('a'), new Error('a'));
unequal(new Error('a'), new TypeError('a'));
unequal(new Error('a'), new Error('b'));
equal(new Error('a', { cause: 1 }), new Error('a', { cause: '1' }));
unequal(new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 2 } }));
{
  const withMessage = (message) => Object.defineProperty(new Error('x'), 'message', { value: message });
  unequal(withMessage(1), withMessage('1'));
  const withName = (name) => Object.assign(new Error('x'), { name });
  // An assigned name is enumerable and compared loosely with the other keys.
  equal(withName(1), withName('1'));
}
equal(new AggregateError([1], 'a'), new AggregateError(['1'], 'a'));
unequal(new AggregateError([1], 'a'), new AggregateError([2], 'a'));

// Messages.
const start = 'Expected values to be loosely deep-equal:';
assert.throws(() => assert.deepEqual({ a: 1 }, { a: 2 }), {
  message: `${start}\n\n{\n  a: 1\n}\n\nshould loosely deep-equal\n\n{\n  a: 2\n}`,
  generatedMessage: true,
});
assert.throws(() => assert.deepEqual([1, , 3], [1, undefined, 3]), { // eslint-disable-line no-sparse-arrays
  message: `${start}\n\n[\n  1,\n  <1 empty item>,\n  3\n]\n\nshould loosely deep-equal\n\n` +
           '[\n  1,\n  undefined,\n  3\n]',
});
assert.throws(() => assert.deepEqual(1, new Number(1)), {
  message: `${start}\n\n1\n\nshould loosely deep-equal\n\n[Number: 1]`,
});
assert.throws(() => assert.deepEqual(new Error('x'), new Error('y')), {
  message: `${start}\n\n[Error: x]\n\nshould loosely deep-equal\n\n[Error: y]`,
});
// Each side is cut to 512 characters.
assert.throws(() => assert.deepEqual('x'.repeat(600), 'y'), {
  message: `${start}\n\n'${'x'.repeat(508)}...\n\nshould loosely deep-equal\n\n'y'`,
});
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: 1 }), {
  message: 'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}',
});
assert.throws(() => assert.notDeepEqual({ a: 1 }, { a: '1' }), {
  message: 'Expected values not to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
           "should not loosely deep-equal\n\n{\n  a: '1'\n}",
});
// When both sides look the same, the one shown is cut to 1024 characters.
assert.throws(() => assert.notDeepEqual('x'.repeat(1100), 'x'.repeat(1100)), {
  message: `Expected "actual" not to be loosely deep-equal to:\n\n'${'x'.repeat(1100)}'`.slice(0, 1021) + '...',
});
assert.throws(() => assert.deepEqual(1, 2, 'custom'), { message: 'custom', generatedMessage: false });
assert.throws(() => assert.notDeepEqual(1, 1, new TypeError('mine')), { name: 'TypeError', message: 'mine' });

for (const fn of [assert.deepEqual, assert.notDeepEqual]) {
  assert.throws(() => fn(/a/), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => fn(), { code: 'ERR_MISSING_ARGS' });
}
