'use strict';
// assert.fail(): no argument, a message, an Error, and the deprecated forms with actual and
// expected (DEP0094, warned once).
const common = require('../common');
const assert = require('assert');

common.expectWarning(
  'DeprecationWarning',
  'assert.fail() with more than one argument is deprecated. ' +
    'Please use assert.strictEqual() instead or only pass a message.',
  'DEP0094'
);

assert.strictEqual(assert.fail.length, 5);

assert.throws(() => assert.fail(), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  actual: undefined,
  expected: undefined,
  generatedMessage: true,
  stack: /^AssertionError \[ERR_ASSERTION\]: Failed\n/,
});
assert.throws(() => assert.fail(undefined), { message: 'Failed', generatedMessage: true });
assert.throws(() => assert.fail(null), { message: 'Failed', generatedMessage: true });

assert.throws(() => assert.fail('custom message'), {
  message: 'custom message',
  operator: 'fail',
  actual: undefined,
  expected: undefined,
  generatedMessage: false,
});
// An empty or falsy message still counts as generated.
assert.throws(() => assert.fail(''), { message: '', generatedMessage: true });
assert.throws(() => assert.fail(0), { message: '0', generatedMessage: true });
assert.throws(() => assert.fail({ a: 1 }), { message: '[object Object]', generatedMessage: false });

assert.throws(() => assert.fail(new TypeError('custom message')), {
  name: 'TypeError',
  message: 'custom message',
});

// Descriptors are built without inheriting from Object.prototype.
Object.prototype.get = common.mustNotCall();
assert.throws(() => assert.fail(''), { code: 'ERR_ASSERTION' });
delete Object.prototype.get;

// Deprecated forms.
assert.throws(() => assert.fail('first', 'second'), {
  message: "'first' != 'second'",
  operator: '!=',
  actual: 'first',
  expected: 'second',
  generatedMessage: true,
});
assert.throws(() => assert.fail('ignored', 'ignored', 'another custom message'), {
  message: 'another custom message',
  operator: 'fail',
  actual: 'ignored',
  expected: 'ignored',
  generatedMessage: false,
});
assert.throws(() => assert.fail(typeof 1, 'object', new TypeError('another custom message')), {
  name: 'TypeError',
  message: 'another custom message',
});
assert.throws(() => assert.fail('first', 'second', undefined, 'operator'), {
  message: "'first' operator 'second'",
  operator: 'operator',
});
// Known operators produce their usual messages.
assert.throws(() => assert.fail(1, 2, undefined, 'strictEqual'), {
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
});
assert.throws(() => assert.fail(1, 2, undefined, 'deepEqual'), {
  message: 'Expected values to be loosely deep-equal:\n\n1\n\nshould loosely deep-equal\n\n2',
});
assert.throws(() => assert.fail(1, 1, undefined, 'notStrictEqual'), {
  message: 'Expected "actual" to be strictly unequal to: 1',
});
// The fifth argument hides frames from the stack.
assert.throws(
  function foo() { assert.fail('first', 'second', 'message', '!==', foo); },
  (err) => !/^\s*at\sfoo\b/m.test(err.stack)
);
