'use strict';
// AbortSignal cannot be constructed by user code; its shape otherwise follows Node 20.
require('../common');
const assert = require('assert');

for (const args of [[], [{}], [Symbol('key')]]) {
  assert.throws(() => new AbortSignal(...args), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    name: 'TypeError',
    message: 'Illegal constructor',
  });
}
assert.throws(() => { class Sub extends AbortSignal {} return new Sub(); }, {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
});

assert.strictEqual(AbortSignal.length, 0);
assert.strictEqual(Object.getPrototypeOf(AbortSignal), EventTarget);
assert.strictEqual(Object.getPrototypeOf(AbortSignal.prototype), EventTarget.prototype);
assert.deepStrictEqual(Object.getOwnPropertyNames(AbortSignal.prototype),
                       ['constructor', 'aborted', 'reason', 'throwIfAborted', 'onabort']);
const enumerable = Object.getOwnPropertyNames(AbortSignal.prototype)
  .filter((name) => Object.getOwnPropertyDescriptor(AbortSignal.prototype, name).enumerable);
assert.deepStrictEqual(enumerable, ['aborted', 'onabort']);
for (const name of ['aborted', 'reason']) {
  const descriptor = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  assert.strictEqual(descriptor.get.name, `get ${name}`);
  assert.strictEqual(descriptor.set, undefined);
  assert.throws(() => descriptor.get.call({}), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type AbortSignal',
  });
  assert.throws(() => descriptor.get.call(new EventTarget()), { code: 'ERR_INVALID_THIS' });
}
for (const name of ['abort', 'timeout', 'any']) {
  assert.strictEqual(typeof AbortSignal[name], 'function');
  assert.strictEqual(Object.getOwnPropertyDescriptor(AbortSignal, name).enumerable, false);
}
assert.strictEqual(Object.prototype.toString.call(AbortSignal.abort()), '[object AbortSignal]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(AbortSignal.prototype, Symbol.toStringTag),
                       { value: 'AbortSignal', writable: false, enumerable: false, configurable: true });
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'AbortSignal').enumerable, false);
