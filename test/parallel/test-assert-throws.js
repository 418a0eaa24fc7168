'use strict';
// assert.throws(): what may be expected (class, validation function, RegExp, validation object,
// Error instance), the messages when the thrown value does not fit, and argument checks.
require('../common');
const assert = require('assert');
const vm = require('vm');

class ES6Error extends Error {}
const AnotherErrorType = class extends Error {};

// Classes: instanceof, else a description of what was thrown.
assert.throws(() => { throw new TypeError('x'); }, TypeError);
assert.throws(() => { throw new TypeError('x'); }, Error);
assert.throws(
  () => assert.throws(() => { throw new AnotherErrorType('foo'); }, ES6Error),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'The error is expected to be an instance of "ES6Error". Received "AnotherErrorType"',
      '',
      'Error message:',
      '',
      'foo',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw new TypeError({}); }, assert.AssertionError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'The error is expected to be an instance of "AssertionError". Received "TypeError"',
      '',
      'Error message:',
      '',
      '[object Object]',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw Symbol('foo'); }, RangeError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: 'The error is expected to be an instance of "RangeError". Received "Symbol(foo)"',
  });
assert.throws(
  () => assert.throws(() => { throw [1, 2]; }, RangeError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: 'The error is expected to be an instance of "RangeError". Received "[Array]"',
  });
assert.throws(
  () => assert.throws(() => { throw { a: { b: 1 } }; }, RangeError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: 'The error is expected to be an instance of "RangeError". Received "[Object]"',
  });
assert.throws(
  () => assert.throws(() => { throw new Error(''); }, RangeError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: 'The error is expected to be an instance of "RangeError". Received "Error"',
  });
assert.throws(
  () => assert.throws(() => { throw Object.assign(new Error('m'), { constructor: null, name: 'N' }); }, RangeError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'The error is expected to be an instance of "RangeError". Received "N"',
      '',
      'Error message:',
      '',
      'm',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw new TypeError('x'); }, RangeError, 'msg'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'msg',
  });

// Validation functions must return true.
assert.throws(() => { throw 'error'; }, (err) => err === 'error');
assert.throws(
  () => assert.throws(() => { throw new TypeError('foo'); }, () => ({ a: true, b: [1, 2, 3] })),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'The validation function is expected to return "true". Received { a: true, b: [ 1, 2, 3 ] }',
      '',
      'Caught error:',
      '',
      'TypeError: foo',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw 'x'; }, function validate() { return 1; }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: 'The "validate" validation function is expected to return "true". Received 1',
  });
assert.throws(
  () => assert.throws(() => { throw 'x'; }, function validate() { return 1; }, 'custom'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'custom',
  });

// Regular expressions are tested against String(thrown).
assert.throws(() => { throw new Error('foo'); }, /^Error: foo$/);
assert.throws(() => { throw undefined; }, /undefined/);
assert.throws(() => { throw Symbol('foo'); }, /foo/);
assert.throws(
  () => assert.throws(() => { throw new Error('foo'); }, /bar/),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'The input did not match the regular expression /bar/. Input:',
      '',
      "'Error: foo'",
      '',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw Symbol('foo'); }, /abc/),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'The input did not match the regular expression /abc/. Input:',
      '',
      "'Symbol(foo)'",
      '',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw new Error('foo'); }, /bar/, 'custom'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'custom',
  });

// Validation objects: each key deep-strict-equal, or a RegExp matching a string.
assert.throws(() => { throw new TypeError('foobar'); }, { message: /foo/, name: /^TypeError$/ });
assert.throws(() => { throw Object.assign(new TypeError('Wrong value'), { code: 404 }); }, { name: 'TypeError', message: 'Wrong value', code: 404 });
assert.throws(
  () => assert.throws(() => { throw new TypeError('foobar'); }, { message: /fooa/, name: /^TypeError$/ }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '  Comparison {',
      "+   message: 'foobar',",
      '-   message: /fooa/,',
      "    name: 'TypeError'",
      '  }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw Object.assign(new TypeError('Wrong value'), { code: 404 }); }, { code: '404', foo: undefined, name: 'TypeError', message: 'Wrong value' }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '  Comparison {',
      '+   code: 404,',
      "-   code: '404',",
      '-   foo: undefined,',
      "    message: 'Wrong value',",
      "    name: 'TypeError'",
      '  }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw new Error('e'); }, { nested: { a: 1 } }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '+ Comparison {}',
      '- Comparison {',
      '-   nested: {',
      '-     a: 1',
      '-   }',
      '- }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw Object.assign(new Error('e'), { nested: { a: 1, b: 'x' } }); }, { nested: { a: 1, b: /y/ } }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '  Comparison {',
      '    nested: {',
      '      a: 1,',
      "+     b: 'x'",
      '-     b: /y/',
      '    }',
      '  }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw null; }, { message: 'foo' }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '+ null',
      '- {',
      "-   message: 'foo'",
      '- }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw 'foobar'; }, { message: 'foobar' }, 'message'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: [
      'message',
      '+ actual - expected',
      '',
      "+ 'foobar'",
      '- {',
      "-   message: 'foobar'",
      '- }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw new Error(); }, { foo: 'bar' }, 'foobar'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'foobar',
  });
assert.throws(
  () => assert.throws(() => { throw new Error('e'); }, {}),
  {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
    message: "The argument 'error' may not be an empty object. Received {}",
  });

// An Error instance also checks name and message.
assert.throws(() => { throw new Error('e'); }, new Error('e'));
assert.throws(
  () => assert.throws(() => { throw new TypeError('e'); }, new Error('e')),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '  Comparison {',
      "    message: 'e',",
      "+   name: 'TypeError'",
      "-   name: 'Error'",
      '  }',
    ].join('\n'),
  });
assert.throws(
  () => assert.throws(() => { throw new Error('foo'); }, new Error('')),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: true,
    message: [
      'Expected values to be strictly deep-equal:',
      '+ actual - expected',
      '',
      '  Comparison {',
      "+   message: 'foo',",
      "-   message: '',",
      "    name: 'Error'",
      '  }',
    ].join('\n'),
  });

// A string is the message, unless it could be mistaken for the error.
assert.throws(() => { throw null; }, 'foo');
assert.throws(
  () => assert.throws(() => { throw 'foo'; }, 'foo'),
  {
    code: 'ERR_AMBIGUOUS_ARGUMENT', name: 'TypeError',
    message: 'The "error/message" argument is ambiguous. The error "foo" is identical to the message.',
  });
assert.throws(
  () => assert.throws(() => { throw new TypeError('foo'); }, 'foo'),
  {
    code: 'ERR_AMBIGUOUS_ARGUMENT', name: 'TypeError',
    message: 'The "error/message" argument is ambiguous. The error message "foo" is identical to the message.',
  });
assert.throws(
  () => assert.throws(() => {}, 'Error message', 'message'),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: "The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type string ('Error message')",
  });
assert.throws(
  () => assert.throws(() => {}, 1),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)',
  });
assert.throws(
  () => assert.throws(() => {}, false),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "error" argument must be of type function or an instance of Error, RegExp, or Object. Received type boolean (false)',
  });

// Nothing thrown.
assert.throws(
  () => assert.throws(() => {}),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception.',
  });
assert.throws(
  () => assert.throws(() => {}, TypeError),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception (TypeError).',
  });
assert.throws(
  () => assert.throws(() => {}, 'fhqwhgads'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception: fhqwhgads',
  });
assert.throws(
  () => assert.throws(() => {}, TypeError, 'fhqwhgads'),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception (TypeError): fhqwhgads',
  });
assert.throws(
  () => assert.throws(() => {}, { name: 'X' }),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception (X).',
  });
assert.throws(
  () => assert.throws(() => {}, /x/),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception.',
  });
assert.throws(
  () => assert.throws(() => {}, new RangeError('x')),
  {
    code: 'ERR_ASSERTION', operator: 'throws', generatedMessage: false,
    message: 'Missing expected exception (RangeError).',
  });

// The first argument must be a function.
assert.throws(
  () => assert.throws('string'),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: "The \"fn\" argument must be of type function. Received type string ('string')",
  });
assert.throws(
  () => assert.throws(null),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "fn" argument must be of type function. Received null',
  });
assert.throws(
  () => assert.throws({}),
  {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: 'The "fn" argument must be of type function. Received an instance of Object',
  });

// The AssertionError carries what was thrown and what was expected.
{
  const thrown = new AnotherErrorType('foo');
  assert.throws(() => assert.throws(() => { throw thrown; }, ES6Error), (err) => {
    assert.strictEqual(err.actual, thrown);
    assert.strictEqual(err.expected, ES6Error);
    return true;
  });
  const expected = { message: 'bar' };
  assert.throws(() => assert.throws(() => { throw thrown; }, expected), (err) => {
    assert.strictEqual(err.actual, thrown);
    assert.strictEqual(err.expected, expected);
    assert.strictEqual(err.operator, 'throws');
    return true;
  });
}

// The stack starts at the caller of assert.throws().
try {
  assert.throws(() => {});
} catch (err) {
  assert.ok(!err.stack.includes('at Function.throws'));
  assert.match(err.stack.split('\n')[1], /test-assert-throws\.js/);
}

// An error from another realm has the right name but not the right prototype.
assert.throws(() => {
  const err = new vm.Script('new RangeError("foobar");').runInContext(vm.createContext());
  assert.throws(() => { throw err; }, RangeError);
}, {
  message: 'The error is expected to be an instance of "RangeError". Received an error with ' +
           'identical name but a different prototype.\n\nError message:\n\nfoobar',
});

// What a validation function throws goes through.
assert.throws(() => assert.throws(() => { throw 'x'; }, () => { throw new Error('inner'); }),
              { message: 'inner' });

// Arrow functions have no prototype and are always validation functions.
assert.throws(() => { throw new Error('x'); }, (err) => err instanceof Error);

// A message that is an Error: thrown instead when a validation object does not fit, used as
// text otherwise.
{
  const mine = new RangeError('mine');
  assert.throws(() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }, mine),
                (err) => err === mine);
  assert.throws(() => assert.throws(() => { throw new Error('x'); }, /y/, mine), {
    name: 'AssertionError',
    message: 'RangeError: mine',
    generatedMessage: false,
  });
  assert.throws(() => assert.throws(() => {}, TypeError, mine), {
    name: 'AssertionError',
    message: 'Missing expected exception (TypeError): RangeError: mine',
  });
}

// Any non-function for `fn`.
for (const fn of ['string', 1, true, [], /foo/, undefined]) {
  assert.throws(() => assert.throws(fn), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.strictEqual(assert.throws.length, 1);
