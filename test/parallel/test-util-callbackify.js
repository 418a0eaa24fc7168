'use strict';
// util.callbackify(): a promise-returning function becomes a callback-last one that reports
// on a later tick.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const { callbackify } = util;

async function add(a, b) { return a + b; }
const addCallback = callbackify(add);
assert.strictEqual(addCallback.name, 'addCallbackified');
assert.strictEqual(addCallback.length, 3);

let sync = true;
addCallback(1, 2, common.mustCall(function(error, value) {
  assert.strictEqual(sync, false);
  assert.strictEqual(error, null);
  assert.strictEqual(value, 3);
}));
sync = false;

// Rejections are passed as the error.
callbackify(() => Promise.reject(new Error('rejected')))(common.mustCall((error, value) => {
  assert.strictEqual(error.message, 'rejected');
  assert.strictEqual(value, undefined);
}));

// A falsy rejection value is wrapped so it cannot be mistaken for success.
for (const falsy of [null, undefined, 0, '', false]) {
  callbackify(() => Promise.reject(falsy))(common.mustCall((error) => {
    assert.strictEqual(error.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(error.message, 'Promise was rejected with falsy value');
    assert.strictEqual(error.reason, falsy);
    assert.ok(error instanceof Error);
  }));
}

// `this` reaches both the original and the callback.
const object = {
  value: 7,
  read: callbackify(async function() { return this.value; }),
};
object.read(common.mustCall(function(error, value) {
  assert.strictEqual(value, 7);
  assert.strictEqual(this, object);
}));

// A non-string name or non-number length is left alone.
const oddly = async () => {};
Object.defineProperty(oddly, 'name', { value: 42 });
Object.defineProperty(oddly, 'length', { value: 'long' });
const oddlyCallback = callbackify(oddly);
assert.strictEqual(oddlyCallback.name, 42);
assert.strictEqual(oddlyCallback.length, 'long');

// Invalid input.
assert.throws(() => callbackify(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (5)',
});
assert.throws(() => callbackify(add)(1, 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (2)',
});
