'use strict';
// util.promisify(): callback APIs become promise-returning functions; util.promisify.custom
// lets a function supply its own promise version.
const common = require('../common');
const assert = require('assert');
const util = require('util');

const { promisify } = util;

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

// The promisified function keeps the original's name, length and own properties.
function original(a, b, callback) { callback(null, a + b); }
original.extra = 'kept';
const promisified = promisify(original);
assert.strictEqual(promisified.name, 'original');
assert.strictEqual(promisified.length, 3);
assert.strictEqual(promisified.extra, 'kept');
assert.strictEqual(Object.getPrototypeOf(promisified), Object.getPrototypeOf(original));
// Promisifying again returns the same function.
assert.strictEqual(promisify(promisified), promisified);
assert.strictEqual(promisified[promisify.custom], promisified);
assert.strictEqual(
  Object.getOwnPropertyDescriptor(promisified, promisify.custom).enumerable, false);

promisified(1, 2).then(common.mustCall((value) => assert.strictEqual(value, 3)));

// Errors reject; so do synchronous throws.
promisify((callback) => callback(new Error('async failure')))()
  .then(common.mustNotCall(), common.mustCall((error) => {
    assert.strictEqual(error.message, 'async failure');
  }));
promisify(() => { throw new Error('sync failure'); })()
  .then(common.mustNotCall(), common.mustCall((error) => {
    assert.strictEqual(error.message, 'sync failure');
  }));

// Only the first value after the error is used.
promisify((callback) => callback(null, 'first', 'second'))()
  .then(common.mustCall((value) => assert.strictEqual(value, 'first')));

// `this` is passed through.
const receiver = {
  value: 42,
  method: promisify(function(callback) { callback(null, this.value); }),
};
receiver.method().then(common.mustCall((value) => assert.strictEqual(value, 42)));

// A custom promise version is returned as is.
function withCustom() {}
const customVersion = () => Promise.resolve('custom');
withCustom[promisify.custom] = customVersion;
assert.strictEqual(promisify(withCustom), customVersion);
assert.strictEqual(customVersion[promisify.custom], customVersion);

// Invalid input.
for (const bad of [undefined, null, 1, 'fn', {}]) {
  assert.throws(() => promisify(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => promisify(5), {
  message: 'The "original" argument must be of type function. Received type number (5)',
});
function badCustom() {}
badCustom[promisify.custom] = 5;
assert.throws(() => promisify(badCustom), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. ' +
           'Received type number (5)',
});
