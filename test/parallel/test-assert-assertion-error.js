'use strict';
// The AssertionError class: construction, properties, stack, toString and inspection.
require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { AssertionError } = assert;

assert.ok(AssertionError.prototype instanceof Error);
assert.strictEqual(AssertionError.name, 'AssertionError');
assert.strictEqual(AssertionError.length, 1);
assert.deepStrictEqual(Object.getOwnPropertyNames(AssertionError.prototype), ['constructor', 'toString']);
assert.strictEqual(require('assert/strict').AssertionError, AssertionError);

// Options must be an object.
for (const input of [1, true, false, '', null, Infinity, Symbol('test'), undefined]) {
  assert.throws(() => new AssertionError(input), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "options" argument must be of type object\. Received /,
  });
}

// Properties, in this order, and the name: "AssertionError", not enumerable.
{
  const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  assert.deepStrictEqual(Object.keys(err), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.actual, 1);
  assert.strictEqual(err.expected, 2);
  assert.strictEqual(err.operator, 'strictEqual');
  assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(err, 'name'), {
    value: 'AssertionError', writable: true, enumerable: false, configurable: true,
  });
  assert.strictEqual(err.name, 'AssertionError');
  assert.ok(err instanceof Error);
  // The stack's first line carries the code.
  assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n'));
  assert.strictEqual(String(err),
                     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
}

// Messages without an operator the module knows.
assert.strictEqual(new AssertionError({}).message, 'undefined undefined undefined');
assert.strictEqual(new AssertionError({ operator: 'fail' }).message, 'undefined fail undefined');
assert.strictEqual(new AssertionError({ actual: 1, expected: 2 }).message, '1 undefined 2');
assert.strictEqual(new AssertionError({ actual: { a: { b: 1 } }, expected: [1, [2]], operator: 'op' }).message,
                   '{\n  a: {\n    b: 1\n  }\n} op [\n  1,\n  [\n    2\n  ]\n]');

// A given message: used as a string; generatedMessage is false only when it is truthy.
{
  const err = new AssertionError({ message: 'hi', actual: 1, expected: 2, operator: 'equal' });
  assert.strictEqual(err.message, 'hi');
  assert.strictEqual(err.generatedMessage, false);
  assert.strictEqual(new AssertionError({ message: { toString() { return 'T'; } }, operator: 'equal' }).message, 'T');
  const empty = new AssertionError({ message: '', operator: 'equal', actual: 1, expected: 2 });
  assert.strictEqual(empty.message, '');
  assert.strictEqual(empty.generatedMessage, true);
  assert.strictEqual(new AssertionError({ message: 0, operator: 'equal' }).message, '0');
}

// details: one set of numbered properties per entry, and no actual/expected/operator values.
{
  const err = new AssertionError({
    actual: 1,
    expected: 2,
    message: 'several',
    details: [
      { message: 'm0', actual: 1, expected: 2, operator: 'op0', stack: 's0' },
      { message: 'm1', actual: 3, expected: 4, operator: 'op1', stack: 's1' },
    ],
  });
  assert.deepStrictEqual(Object.keys(err), [
    'generatedMessage', 'code', 'actual', 'expected', 'operator',
    'message 0', 'actual 0', 'expected 0', 'operator 0', 'stack trace 0',
    'message 1', 'actual 1', 'expected 1', 'operator 1', 'stack trace 1',
  ]);
  assert.strictEqual(err.actual, undefined);
  assert.strictEqual(err.operator, undefined);
  assert.strictEqual(err['message 1'], 'm1');
  assert.strictEqual(err['stack trace 0'], 's0');
}

// stackStartFn (or the older stackStartFunction) hides its frame and those above it.
(function hidden() {
  const err = new AssertionError({ actual: 'foo', operator: 'strictEqual', stackStartFunction: hidden });
  const err2 = new AssertionError({ actual: 'foo', operator: 'strictEqual', stackStartFn: hidden });
  assert.ok(!err.stack.includes('hidden'));
  assert.ok(!err2.stack.includes('hidden'));
  const err3 = new AssertionError({ actual: 'foo', operator: 'strictEqual' });
  assert.ok(err3.stack.includes('hidden'));
})();

// Two errors are compared without their stacks, and are kept that way.
{
  const actual = new Error('foo');
  const expected = new Error('foobar');
  const err = new AssertionError({ actual, expected, operator: 'deepStrictEqual' });
  assert.strictEqual(err.message, 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                                  '+ [Error: foo]\n- [Error: foobar]\n             ^');
  assert.notStrictEqual(err.actual, actual);
  assert.strictEqual(Object.getPrototypeOf(err.actual), Error.prototype);
  assert.strictEqual(err.actual.message, 'foo');
  assert.strictEqual(err.expected.message, 'foobar');
  // Not with a message of one's own.
  const withMessage = new AssertionError({ actual, expected, operator: 'notEqual', message: 'x' });
  assert.strictEqual(withMessage.actual, actual);
}

// Inspection shows actual and expected at depth 0 and shortens long strings: more than ten
// lines to ten and "...", else past 512 characters (Node.js keeps the part after them).
{
  const err = new AssertionError({
    actual: 'x'.repeat(600), expected: 'a\n'.repeat(20), operator: 'foo', message: 'hi',
  });
  const shown = inspect(err);
  assert.ok(shown.startsWith('AssertionError [ERR_ASSERTION]: hi\n'));
  assert.ok(shown.includes(`  actual: '${'x'.repeat(88)}...',\n`));
  assert.ok(shown.includes(`  expected: '${'a\\n'.repeat(10)}...',\n`));
  assert.ok(shown.endsWith("  generatedMessage: false,\n  code: 'ERR_ASSERTION',\n" +
                           `  actual: '${'x'.repeat(88)}...',\n  expected: '${'a\\n'.repeat(10)}...',\n` +
                           "  operator: 'foo'\n}"));
  // The values themselves are untouched.
  assert.strictEqual(err.actual.length, 600);

  const nested = new AssertionError({ actual: { a: { b: 1 } }, expected: [1, [2]], operator: 'op' });
  assert.ok(inspect(nested).endsWith("  actual: [Object],\n  expected: [Array],\n  operator: 'op'\n}"));
}
try {
  assert.strictEqual('A'.repeat(1000), '');
} catch (err) {
  assert.strictEqual(err.actual.length, 1000);
  assert.ok(inspect(err).includes(`actual: '${'A'.repeat(488)}...'`));
}
try {
  assert.strictEqual('fhqwhgads\n'.repeat(15), '');
} catch (err) {
  assert.strictEqual(err.message.split('\n').length, 19);
  assert.strictEqual(err.actual.split('\n').length, 16);
  assert.ok(inspect(err).includes("actual: 'fhqwhgads\\n' +\n" + "    'fhqwhgads\\n' +\n".repeat(9) + "    '...'"));
}
try {
  assert.deepStrictEqual(Array(100).fill(1), 'foobar');
} catch (err) {
  assert.match(inspect(err), /actual: \[Array],\n {2}expected: 'foobar',/);
}

// Subclasses keep the name.
{
  class Sub extends AssertionError {}
  const err = new Sub({ message: 'q' });
  assert.ok(err instanceof Sub);
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.stack.split('\n')[0], 'AssertionError [ERR_ASSERTION]: q');
}

// A stack trace limit of zero gives a stack without frames.
{
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const err = new AssertionError({ message: 'no frames' });
  Error.stackTraceLimit = limit;
  assert.strictEqual(err.stack, 'AssertionError [ERR_ASSERTION]: no frames');
}
