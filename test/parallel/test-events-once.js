'use strict';
// events.once(emitter, name): a promise of the next event's arguments, rejected by an 'error'
// event first; it leaves no listeners behind. (The signal option: test-events-once-signal.js.)
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

async function resolvesWithArguments() {
  const emitter = new EventEmitter();
  const promise = once(emitter, 'x');
  assert.strictEqual(emitter.listenerCount('x'), 1);
  assert.strictEqual(emitter.listenerCount('error'), 1);
  emitter.emit('x', 1, 'two');
  assert.deepStrictEqual(await promise, [1, 'two']);
  assert.strictEqual(emitter.listenerCount('x'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);

  const noArguments = once(emitter, 'y');
  emitter.emit('y');
  assert.deepStrictEqual(await noArguments, []);
}

async function rejectsOnError() {
  const emitter = new EventEmitter();
  const error = new Error('kaboom');
  const promise = once(emitter, 'x');
  emitter.emit('error', error);
  await assert.rejects(promise, (thrown) => thrown === error);
  assert.strictEqual(emitter.listenerCount('x'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
}

async function waitingForErrorItself() {
  // Waiting for 'error' resolves with it rather than rejecting.
  const emitter = new EventEmitter();
  const error = new Error('expected');
  const promise = once(emitter, 'error');
  assert.strictEqual(emitter.listenerCount('error'), 1);
  emitter.emit('error', error);
  assert.deepStrictEqual(await promise, [error]);
}

async function badArguments() {
  const emitter = new EventEmitter();
  // Errors come as rejections: once() is an async function.
  const promise = once(emitter, 'x', { signal: 1 });
  assert.ok(promise instanceof Promise);
  await assert.rejects(promise, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  await assert.rejects(once(1, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received type number (1)',
  });
  await assert.rejects(once({}, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  // options may be null or anything without a signal.
  const withNull = once(emitter, 'z', null);
  emitter.emit('z', 0);
  assert.deepStrictEqual(await withNull, [0]);
}

async function symbolsAndTiming() {
  const emitter = new EventEmitter();
  const symbol = Symbol('s');
  const promise = once(emitter, symbol);
  // Listeners added before once() run first.
  const order = [];
  emitter.prependListener(symbol, () => order.push('prepended'));
  promise.then(() => order.push('once resolved'));
  emitter.emit(symbol);
  order.push('after emit');
  await promise;
  await null;
  assert.deepStrictEqual(order, ['prepended', 'after emit', 'once resolved']);
}

(async () => {
  await resolvesWithArguments();
  await rejectsOnError();
  await waitingForErrorItself();
  await badArguments();
  await symbolsAndTiming();
})().then(common.mustCall());
