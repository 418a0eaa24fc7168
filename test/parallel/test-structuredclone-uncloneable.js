'use strict';
// What structuredClone() cannot clone throws a DataCloneError DOMException with V8's
// message; exceptions thrown while reading the value (getters) propagate unchanged.
require('../common');
const assert = require('assert');

function dataCloneError(message) {
  return (error) => {
    assert.ok(error instanceof DOMException, `not a DOMException: ${error}`);
    assert.ok(error instanceof Error);
    assert.strictEqual(error.name, 'DataCloneError');
    assert.strictEqual(error.code, 25);
    assert.strictEqual(error.code, DOMException.DATA_CLONE_ERR);
    assert.strictEqual(error.message, message);
    assert.strictEqual(Object.prototype.toString.call(error), '[object DOMException]');
    return true;
  };
}

const cases = [
  [() => {}, '() => {} could not be cloned.'],
  [function named() { return 1; }, 'function named() { return 1; } could not be cloned.'],
  [class Thing {}, 'class Thing {} could not be cloned.'],
  [Symbol('s'), 'Symbol(s) could not be cloned.'],
  [Object(Symbol('boxed')), '[object Symbol] could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'],
  [new WeakRef({}), '#<WeakRef> could not be cloned.'],
  [Promise.resolve(1), '#<Promise> could not be cloned.'],
  [new Proxy({}, {}), '#<Object> could not be cloned.'],
  [new Proxy([], {}), '[object Array] could not be cloned.'],
  [(function args() { return arguments; })(1), '#<Object> could not be cloned.'],
];
for (const [value, message] of cases) {
  assert.throws(() => structuredClone(value), dataCloneError(message));
  // Deep inside another value too.
  assert.throws(() => structuredClone({ list: [1, { value }] }), dataCloneError(message));
  assert.throws(() => structuredClone(new Map([['key', value]])), dataCloneError(message));
}
assert.throws(() => structuredClone(globalThis), { name: 'DataCloneError' });

// Symbol-keyed properties are skipped, so symbols there are fine.
assert.deepStrictEqual(structuredClone({ [Symbol('k')]: () => {} }), {});

// A getter's exception is not turned into a DataCloneError.
{
  const error = new RangeError('from a getter');
  assert.throws(() => structuredClone({ get boom() { throw error; } }), (thrown) => thrown === error);
  assert.throws(() => structuredClone({ get boom() { throw 'a string'; } }), (thrown) => thrown === 'a string');
}

// Very deep nesting runs out of stack: a RangeError, no crash.
{
  let nested = {};
  for (let i = 0; i < 1e5; i++) nested = { nested };
  assert.throws(() => structuredClone(nested), RangeError);
}
