'use strict';
// DOMException's shape: an Error by prototype, with getters for name, message and code,
// the legacy code constants, a captured stack and its own string tag.
require('../common');
const assert = require('assert');
const util = require('util');

const error = new DOMException('boom', 'SyntaxError');
assert.ok(error instanceof Error);
assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
assert.strictEqual(DOMException.length, 0);
assert.strictEqual(DOMException.name, 'DOMException');
assert.strictEqual(util.isError(error), true);

// Own properties: the stack only (and cause when given).
assert.deepStrictEqual(Object.getOwnPropertyNames(error), ['stack']);
assert.deepStrictEqual(Object.getOwnPropertyNames(new DOMException('m', { cause: 1 })), ['stack', 'cause']);
assert.deepStrictEqual(Object.keys(error), []);
assert.strictEqual(JSON.stringify(error), '{}');

// The stack starts with "name: message" and the caller's frame.
assert.match(error.stack, /^SyntaxError: boom\n {4}at /);
assert.match(new DOMException('plain').stack, /^Error: plain\n/);
const stackDescriptor = Object.getOwnPropertyDescriptor(error, 'stack');
assert.strictEqual(stackDescriptor.enumerable, false);
assert.strictEqual(stackDescriptor.writable, true);
assert.ok(error.stack.includes(__filename));

// Error.prototype.toString works through the getters.
assert.strictEqual(String(error), 'SyntaxError: boom');
assert.strictEqual(String(new DOMException()), 'Error');

// Accessors on the prototype, enumerable, with a brand check.
for (const name of ['name', 'message', 'code']) {
  const descriptor = Object.getOwnPropertyDescriptor(DOMException.prototype, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(descriptor.set, undefined, name);
  assert.strictEqual(descriptor.enumerable, true, name);
  assert.strictEqual(descriptor.configurable, true, name);
  assert.throws(() => descriptor.get.call({}), {
    name: 'TypeError',
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of DOMException',
  });
  assert.throws(() => descriptor.get.call(new Error('x')), { code: 'ERR_INVALID_THIS' });
}
// The name cannot be changed by assignment (there is no setter).
const fixed = new DOMException('m', 'AbortError');
assert.throws(() => { fixed.name = 'Other'; }, TypeError);
assert.strictEqual(fixed.name, 'AbortError');

// Constants on the constructor and the prototype.
const constants = [
  'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
  'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
  'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR',
  'INVALID_MODIFICATION_ERR', 'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR',
  'TYPE_MISMATCH_ERR', 'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR',
  'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
];
assert.deepStrictEqual(Object.getOwnPropertyNames(DOMException), ['length', 'name', 'prototype', ...constants]);
assert.deepStrictEqual(Object.getOwnPropertyNames(DOMException.prototype),
                       ['constructor', 'name', 'message', 'code', ...constants]);
constants.forEach((name, index) => {
  const expected = { value: index + 1, writable: false, enumerable: true, configurable: false };
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, name), expected, name);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, name), expected, name);
});
assert.strictEqual(error.ABORT_ERR, 20);

// String tag.
assert.strictEqual(Object.prototype.toString.call(error), '[object DOMException]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
                       { value: 'DOMException', writable: false, enumerable: false, configurable: true });

// A non-enumerable global.
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'DOMException');
assert.strictEqual(descriptor.enumerable, false);
assert.strictEqual(descriptor.writable, true);
