'use strict';
// assert.doesNotThrow(): fails when the function throws something the optional class, RegExp or
// validation function accepts (anything, without one); other errors pass through.
require('../common');
const assert = require('assert');

// Nothing thrown: fine.
assert.doesNotThrow(() => 1);
assert.doesNotThrow(() => 1, TypeError, 'message');

// Something thrown: an AssertionError with its message...
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "x"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, 'user message'),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception: user message' + '\n' + 'Actual message: "x"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new Error({}); }, /\[[a-z]{6}\s[A-z]{6}\]/g, 'user message'),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception: user message' + '\n' + 'Actual message: "[object Object]"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw undefined; }),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "undefined"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw null; }),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "null"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw 0; }),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "0"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw 'str'; }),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "undefined"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw { message: 'm' }; }),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "m"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, TypeError),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "x"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('wrong type'); }, TypeError, new RangeError('my range')),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception: RangeError: my range' + '\n' + 'Actual message: "wrong type"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, /x/),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "x"',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, (err) => true),
  {
    code: 'ERR_ASSERTION', operator: 'doesNotThrow', generatedMessage: false,
    message: 'Got unwanted exception.' + '\n' + 'Actual message: "x"',
  });

// ...unless what was thrown does not match the given class, RegExp or function: then it passes through.
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, RangeError),
  {
    name: 'TypeError',
    message: 'x',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, /nomatch/),
  {
    name: 'TypeError',
    message: 'x',
  });
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, (err) => false),
  {
    name: 'TypeError',
    message: 'x',
  });

// Validation objects are not supported here.
assert.throws(
  () => assert.doesNotThrow(() => { throw new TypeError('x'); }, { foo: 'bar' }),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "expected" argument must be of type function or an instance of RegExp. Received an instance of Object',
  });
assert.throws(
  () => assert.doesNotThrow('string'),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: "The \"fn\" argument must be of type function. Received type string ('string')",
  });

// The AssertionError carries what was thrown; its stack starts at the caller.
{
  const thrown = new TypeError('x');
  try {
    assert.doesNotThrow(() => { throw thrown; });
  } catch (err) {
    assert.strictEqual(err.actual, thrown);
    assert.strictEqual(err.expected, undefined);
    assert.ok(!err.stack.includes('doesNotThrow'));
  }
}
assert.strictEqual(assert.doesNotThrow.length, 1);
