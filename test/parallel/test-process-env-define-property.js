'use strict';
// Object.defineProperty on process.env takes only configurable, writable, enumerable data
// descriptors, and stores the value's string form.
require('../common');
const assert = require('assert');

const name = `LODE_TEST_DEFINE_${process.pid}`;

Object.defineProperty(process.env, name, {
  value: 42, writable: true, enumerable: true, configurable: true,
});
assert.strictEqual(process.env[name], '42');

const dataOnly = {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
};
for (const descriptor of [
  { value: 'x' },
  { value: 'x', writable: true, enumerable: true },
  { value: 'x', writable: true, configurable: true },
  { value: 'x', enumerable: true, configurable: true },
  { value: 'x', writable: true, enumerable: true, configurable: false },
  { writable: true, enumerable: true, configurable: true },
]) {
  assert.throws(() => Object.defineProperty(process.env, name, descriptor), dataOnly);
}

const noAccessors = {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
};
assert.throws(() => Object.defineProperty(process.env, name, {
  get() { return 'x'; }, enumerable: true, configurable: true,
}), noAccessors);
assert.throws(() => Object.defineProperty(process.env, name, {
  set() {}, enumerable: true, configurable: true,
}), noAccessors);

// The failed definitions left the variable alone.
assert.strictEqual(process.env[name], '42');

// The error is thrown as node's native code throws it: a TypeError with a code property.
try {
  Object.defineProperty(process.env, name, { value: 'x' });
} catch (err) {
  assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.ok(err.stack.startsWith(`TypeError: ${dataOnly.message}\n`));
}

assert.throws(() => Object.defineProperty(process.env, name, {
  value: Symbol('s'), writable: true, enumerable: true, configurable: true,
}), { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });

delete process.env[name];
