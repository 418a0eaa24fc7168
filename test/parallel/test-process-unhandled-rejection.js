'use strict';
// 'unhandledRejection' gets (reason, promise) for each promise still rejected without a
// handler once the microtasks have run; a handler added in time prevents it, and a handled
// event keeps the process alive and its exit code 0.
const common = require('../common');
const assert = require('assert');

const error = new Error('rejected');
const withError = Promise.reject(error);
const withNumber = Promise.reject(42);
const withUndefined = Promise.reject(undefined);
// then() counts as a handler for withUndefined; the promise it returns rejects in turn.
const chained = withUndefined.then(() => {});
const fromAsync = (async () => { throw 'from async'; })();  // eslint-disable-line no-throw-literal
// Handled in the same tick, or from a microtask: no event.
Promise.reject(new Error('handled')).catch(() => {});
const late = Promise.reject(new Error('handled from a microtask'));
Promise.resolve().then(() => late.catch(() => {}));

const expected = [
  [error, withError],
  [42, withNumber],
  ['from async', fromAsync],
  [undefined, chained],  // rejected a microtask later than the others
];
process.on('unhandledRejection', common.mustCall(function(reason, promise) {
  assert.strictEqual(this, process);
  assert.strictEqual(arguments.length, 2);
  const [expectedReason, expectedPromise] = expected.shift();
  assert.strictEqual(reason, expectedReason);
  assert.strictEqual(promise, expectedPromise);
}, expected.length));
