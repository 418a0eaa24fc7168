'use strict';
// Error objects clone as V8 clones them: the constructor is one of the standard error types
// (picked by `name`), and only message, stack and cause come along.
require('../common');
const assert = require('assert');

{
  const error = new RangeError('out of range', { cause: { why: ['nested'] } });
  error.extra = 'dropped';
  const copy = structuredClone(error);
  assert.notStrictEqual(copy, error);
  assert.strictEqual(Object.getPrototypeOf(copy), RangeError.prototype);
  assert.ok(copy instanceof Error);
  assert.strictEqual(copy.name, 'RangeError');
  assert.strictEqual(copy.message, 'out of range');
  assert.strictEqual(copy.stack, error.stack);
  assert.deepStrictEqual(copy.cause, { why: ['nested'] });
  assert.notStrictEqual(copy.cause, error.cause);
  assert.strictEqual(copy.extra, undefined);
  assert.deepStrictEqual(Object.getOwnPropertyNames(copy).sort(), ['cause', 'message', 'stack']);
  // The properties keep the shape errors have: not enumerable.
  assert.strictEqual(Object.getOwnPropertyDescriptor(copy, 'message').enumerable, false);
  assert.deepStrictEqual(Object.keys(copy), []);
}

for (const Ctor of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError]) {
  const copy = structuredClone(new Ctor('m'));
  assert.strictEqual(Object.getPrototypeOf(copy), Ctor.prototype, Ctor.name);
  assert.strictEqual(copy.message, 'm');
}

// No message: no own message property.
assert.deepStrictEqual(Object.getOwnPropertyNames(structuredClone(new Error())), ['stack']);
assert.ok(!Object.hasOwn(structuredClone(new Error('x')), 'cause'));
assert.strictEqual(structuredClone(new Error('x', { cause: undefined })).cause, undefined);
assert.ok(Object.hasOwn(structuredClone(new Error('x', { cause: undefined })), 'cause'));

// The type comes from `name`, read through the prototype chain; unknown names give Error.
{
  class MyError extends TypeError {}
  const fromSubclass = structuredClone(new MyError('sub'));
  assert.strictEqual(Object.getPrototypeOf(fromSubclass), TypeError.prototype);

  const renamed = new Error('x');
  renamed.name = 'SyntaxError';
  assert.strictEqual(Object.getPrototypeOf(structuredClone(renamed)), SyntaxError.prototype);

  const custom = new Error('x');
  custom.name = 'CustomError';
  const customCopy = structuredClone(custom);
  assert.strictEqual(Object.getPrototypeOf(customCopy), Error.prototype);
  assert.strictEqual(customCopy.name, 'Error');

  const reparented = new Error('x');
  Object.setPrototypeOf(reparented, EvalError.prototype);
  assert.strictEqual(Object.getPrototypeOf(structuredClone(reparented)), EvalError.prototype);

  const aggregate = structuredClone(new AggregateError([new Error('inner')], 'many'));
  assert.strictEqual(Object.getPrototypeOf(aggregate), Error.prototype);
  assert.strictEqual(aggregate.message, 'many');
  assert.strictEqual(aggregate.errors, undefined);
}

// A message that is an accessor is not copied.
{
  const error = new Error('x');
  Object.defineProperty(error, 'message', { get() { return 'computed'; } });
  assert.strictEqual(structuredClone(error).message, '');
}

// Errors inside other values, and shared between them.
{
  const error = new TypeError('shared');
  const copy = structuredClone({ first: error, second: error, list: [error] });
  assert.strictEqual(copy.first, copy.second);
  assert.strictEqual(copy.list[0], copy.first);
  assert.strictEqual(copy.first.message, 'shared');
}

// A cause that cannot be cloned makes the whole clone fail.
assert.throws(() => structuredClone(new Error('x', { cause: () => {} })), {
  name: 'DataCloneError', message: '() => {} could not be cloned.',
});
