'use strict';
// equal/notEqual (==, NaN equal to NaN) and strictEqual/notStrictEqual (Object.is), with
// their generated messages.
require('../common');
const assert = require('assert');

const strictStart = 'Expected values to be strictly equal:\n';

// equal: loose equality, NaN equals NaN.
assert.equal(null, null);
assert.equal(undefined, undefined);
assert.equal(null, undefined);
assert.equal(true, true);
assert.equal(2, '2');
assert.equal(0, -0);
assert.equal(NaN, NaN);
assert.equal(1n, 1);
{
  const o = {};
  assert.equal(o, o);
}

assert.throws(() => assert.equal(1, 2), {
  name: 'AssertionError',
  code: 'ERR_ASSERTION',
  message: '1 == 2',
  operator: '==',
  actual: 1,
  expected: 2,
  generatedMessage: true,
});
assert.throws(() => assert.equal(null, 0), { message: 'null == 0' });
assert.throws(() => assert.equal(true, false), { message: 'true == false' });
assert.throws(() => assert.equal({ a: 1 }, { a: 1 }), { message: '{\n  a: 1\n} == {\n  a: 1\n}' });
// Each side is cut to 512 characters.
assert.throws(() => assert.equal('a'.repeat(600), 'b'),
              { message: `'${'a'.repeat(508)}... == 'b'` });
assert.throws(() => assert.equal(1, 2, 'custom'), { message: 'custom', generatedMessage: false });

// notEqual
assert.notEqual(true, false);
assert.notEqual(1, 2);
assert.notEqual({}, {});
assert.throws(() => assert.notEqual(1, '1'), { message: "1 != '1'", operator: '!=' });
assert.throws(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });
assert.throws(() => assert.notEqual(true, true), assert.AssertionError);

// strictEqual: Object.is.
assert.strictEqual(NaN, NaN);
assert.strictEqual('a', 'a');
assert.strictEqual(undefined, undefined);
assert.throws(() => assert.strictEqual(0, -0), {
  message: `${strictStart}+ actual - expected\n\n+ 0\n- -0`,
});
assert.throws(() => assert.strictEqual(-0, 0), {
  message: `${strictStart}+ actual - expected\n\n+ -0\n- 0`,
});
assert.throws(() => assert.strictEqual(2, '2'), assert.AssertionError);
assert.throws(() => assert.strictEqual(null, undefined), assert.AssertionError);

// Short primitives are shown inline.
assert.throws(() => assert.strictEqual(1, 2), {
  message: `${strictStart}\n1 !== 2\n`,
  generatedMessage: true,
  operator: 'strictEqual',
});
assert.throws(() => assert.strictEqual(1, '1'), { message: `${strictStart}\n1 !== '1'\n` });
assert.throws(() => assert.strictEqual(NaN, 0), { message: `${strictStart}\nNaN !== 0\n` });
assert.throws(() => assert.strictEqual('aaab', 'aaac'), { message: `${strictStart}\n'aaab' !== 'aaac'\n` });
assert.throws(() => assert.strictEqual(123456, 123457), { message: `${strictStart}\n123456 !== 123457\n` });
for (const [value, shown] of [[null, 'null'], [true, 'true'], [undefined, 'undefined'], [Symbol(), 'Symbol()'],
                              [-Infinity, '-Infinity'], ['a', "'a'"], [100, '100']]) {
  assert.throws(() => assert.strictEqual(value, ''), { message: `${strictStart}\n${shown} !== ''\n` });
}

// Longer single lines point at the first difference (from the fourth character on).
assert.throws(() => assert.strictEqual('test test', 'test foobar'), {
  message: `${strictStart}+ actual - expected\n\n+ 'test test'\n- 'test foobar'\n        ^`,
});
assert.throws(() => assert.strictEqual('aaaaa', 'aaaab'), {
  message: `${strictStart}+ actual - expected\n\n+ 'aaaaa'\n- 'aaaab'\n       ^`,
});
assert.throws(() => assert.strictEqual('a\nb\nc', 'a\nB\nc'), {
  message: `${strictStart}+ actual - expected\n\n+ 'a\\nb\\nc'\n- 'a\\nB\\nc'\n      ^`,
});
assert.throws(() => assert.strictEqual(1, 'x'.repeat(20)), {
  message: `${strictStart}+ actual - expected\n\n+ 1\n- '${'x'.repeat(20)}'`,
});
// Past 80 characters there is no pointer.
assert.throws(() => assert.strictEqual('A'.repeat(1000), ''), {
  message: `${strictStart}+ actual - expected\n\n+ '${'A'.repeat(1000)}'\n- ''`,
});

// Objects and functions: not the same reference.
assert.throws(() => assert.strictEqual(new Error('foo'), new Error('foobar')), {
  message: 'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n' +
           '+ [Error: foo]\n- [Error: foobar]',
});
assert.throws(() => assert.strictEqual([1], [2]), {
  message: 'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n' +
           '  [\n+   1\n-   2\n  ]',
});
{
  const args = (function() { return arguments; })('a');
  assert.throws(() => assert.strictEqual(args, { 0: 'a' }), {
    message: 'Expected "actual" to be reference-equal to "expected":\n+ actual - expected\n\n' +
             "+ [Arguments] {\n- {\n    '0': 'a'\n  }",
  });
}
// Values that look the same.
assert.throws(() => assert.strictEqual([], []), {
  message: 'Values have same structure but are not reference-equal:\n\n[]\n',
});
assert.throws(() => assert.strictEqual(() => {}, () => {}), {
  message: 'Values have same structure but are not reference-equal:\n\n[Function (anonymous)]\n',
});
assert.throws(() => assert.strictEqual(Symbol('a'), Symbol('a')), {
  message: 'Values have same structure but are not reference-equal:\n\nSymbol(a)\n',
});

// notStrictEqual
assert.notStrictEqual(2, '2');
assert.notStrictEqual(0, -0);
assert.notStrictEqual({}, {});
assert.throws(() => assert.notStrictEqual(2, 2), {
  message: 'Expected "actual" to be strictly unequal to: 2',
  operator: 'notStrictEqual',
});
assert.throws(() => assert.notStrictEqual(NaN, NaN), {
  message: 'Expected "actual" to be strictly unequal to: NaN',
});
// Over five characters, the value goes on its own line.
assert.throws(() => assert.notStrictEqual('abcde', 'abcde'), {
  message: 'Expected "actual" to be strictly unequal to:\n\n\'abcde\'',
});
assert.throws(() => assert.notStrictEqual('a '.repeat(30), 'a '.repeat(30)), {
  message: `Expected "actual" to be strictly unequal to:\n\n'${'a '.repeat(30)}'`,
});
{
  const empty = {};
  assert.throws(() => assert.notStrictEqual(empty, empty), {
    message: 'Expected "actual" not to be reference-equal to "expected": {}',
  });
  const object = { a: true };
  assert.throws(() => assert.notStrictEqual(object, object), {
    message: 'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: true\n}\n',
  });
  const fn = function foo() {};
  assert.throws(() => assert.notStrictEqual(fn, fn), {
    message: 'Expected "actual" not to be reference-equal to "expected":\n\n[Function: foo]',
  });
  // More than 50 lines are cut to 46 and "...".
  const long = Array(60).fill(7);
  assert.throws(() => assert.notStrictEqual(long, long), {
    message: 'Expected "actual" not to be reference-equal to "expected":\n\n' +
             `[${'\n  7,'.repeat(45)}\n...\n`,
  });
}

// A custom message replaces a generated one (for strictEqual it heads the comparison).
assert.throws(() => assert.notStrictEqual(1, 1, 'oh no'), { message: 'oh no', generatedMessage: false });
assert.throws(() => assert.strictEqual(1, 2, new RangeError('mine')), { name: 'RangeError', message: 'mine' });

// Both values are required.
for (const fn of [assert.equal, assert.notEqual, assert.strictEqual, assert.notStrictEqual]) {
  assert.throws(() => fn(1), {
    code: 'ERR_MISSING_ARGS',
    name: 'TypeError',
    message: 'The "actual" and "expected" arguments must be specified',
  });
  assert.throws(() => fn(), { code: 'ERR_MISSING_ARGS' });
  assert.strictEqual(fn.length, 3);
}
