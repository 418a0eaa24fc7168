'use strict';
// events.on(emitter, name, options): an async iterator over the arguments of each event.
// Events that come before next() wait in order; 'error', return(), throw() and the `close`
// events end it and remove every listener.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

async function queuedEventsThenError() {
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'foo');
  assert.strictEqual(emitter.listenerCount('foo'), 1);
  assert.strictEqual(emitter.listenerCount('error'), 1);
  emitter.emit('foo', 1);
  emitter.emit('foo', 2, 3);
  emitter.emit('error', new Error('boom'));
  // The error removed the listeners at once.
  assert.strictEqual(emitter.listenerCount('foo'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
  emitter.emit('foo', 4); // not seen
  assert.deepStrictEqual(await iterator.next(), { value: [1], done: false });
  assert.deepStrictEqual(await iterator.next(), { value: [2, 3], done: false });
  await assert.rejects(iterator.next(), /boom/);
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
}

async function forAwait() {
  const emitter = new EventEmitter();
  setImmediate(() => {
    emitter.emit('data', 'a');
    emitter.emit('data', 'b');
    emitter.emit('data', 'c');
  });
  const seen = [];
  for await (const [value] of on(emitter, 'data')) {
    seen.push(value);
    if (value === 'c') break; // calls return()
  }
  assert.deepStrictEqual(seen, ['a', 'b', 'c']);
  assert.strictEqual(emitter.listenerCount('data'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
}

async function errorWithWaitingCalls() {
  // The first waiting next() is rejected, the others end.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'foo');
  const first = iterator.next();
  const second = iterator.next();
  emitter.emit('error', new Error('waiting'));
  await assert.rejects(first, /waiting/);
  assert.deepStrictEqual(await second, { value: undefined, done: true });
}

async function closeEvents() {
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'foo', { close: ['end', 'finish'] });
  assert.strictEqual(emitter.listenerCount('end'), 1);
  emitter.emit('foo', 1);
  emitter.emit('end');
  emitter.emit('foo', 2);
  // What came before the close event is still delivered.
  assert.deepStrictEqual(await iterator.next(), { value: [1], done: false });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  for (const name of ['foo', 'error', 'end', 'finish']) assert.strictEqual(emitter.listenerCount(name), 0);

  const waiting = on(emitter, 'foo', { close: ['end'] });
  const pending = waiting.next();
  emitter.emit('end');
  assert.deepStrictEqual(await pending, { value: undefined, done: true });
}

async function returnAndThrow() {
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'foo');
  const pending = iterator.next();
  assert.deepStrictEqual(await iterator.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await pending, { value: undefined, done: true });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  assert.strictEqual(emitter.listenerCount('foo'), 0);

  // throw(error) rejects a waiting next() and ends the iteration; it returns nothing.
  const other = on(emitter, 'foo');
  const waiting = other.next();
  assert.strictEqual(other.throw(new Error('thrown')), undefined);
  await assert.rejects(waiting, /thrown/);
  assert.deepStrictEqual(await other.next(), { value: undefined, done: true });
  // With nobody waiting, the next call of next() gets the error.
  const third = on(emitter, 'foo');
  third.throw(new Error('later'));
  await assert.rejects(third.next(), /later/);
  assert.strictEqual(emitter.listenerCount('foo'), 0);

  assert.throws(() => on(emitter, 'foo').throw('not an error'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
             'Received type string (\'not an error\')',
  });
}

async function listeningForError() {
  // Iterating 'error' itself: errors are values, and no second listener is added.
  const emitter = new EventEmitter();
  const iterator = on(emitter, 'error');
  assert.strictEqual(emitter.listenerCount('error'), 1);
  const error = new Error('as a value');
  emitter.emit('error', error);
  assert.deepStrictEqual(await iterator.next(), { value: [error], done: false });
  await iterator.return();
}

async function watermarks() {
  // Over highWaterMark queued events the emitter is paused; it is resumed when fewer than
  // lowWaterMark remain.
  const emitter = new EventEmitter();
  const calls = [];
  emitter.pause = () => calls.push('pause');
  emitter.resume = () => calls.push('resume');
  const iterator = on(emitter, 'foo', { highWaterMark: 2, lowWaterMark: 1 });
  emitter.emit('foo', 1);
  emitter.emit('foo', 2);
  assert.deepStrictEqual(calls, []);
  emitter.emit('foo', 3);
  emitter.emit('foo', 4);
  assert.deepStrictEqual(calls, ['pause']);
  for (const expected of [1, 2, 3]) {
    assert.deepStrictEqual(await iterator.next(), { value: [expected], done: false });
  }
  assert.deepStrictEqual(calls, ['pause']);
  assert.deepStrictEqual(await iterator.next(), { value: [4], done: false });
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  await iterator.return();

  // The older spelling highWatermark is accepted too.
  const old = on(emitter, 'bar', { highWatermark: 1 });
  emitter.emit('bar');
  emitter.emit('bar');
  assert.deepStrictEqual(calls, ['pause', 'resume', 'pause']);
  await old.return();
}

function badArguments() {
  const emitter = new EventEmitter();
  assert.throws(() => on(emitter, 'foo', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. ' +
             'It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => on(emitter, 'foo', { lowWaterMark: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => on(emitter, 'foo', { highWaterMark: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => on(emitter, 'foo', { signal: {} }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. ' +
             'Received an instance of Object',
  });
  assert.throws(() => on(1, 'foo'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received type number (1)',
  });
  assert.throws(() => on(emitter, 'foo', null), TypeError);
  assert.strictEqual(emitter.listenerCount('foo'), 0);
}

function shape() {
  const iterator = on(new EventEmitter(), 'foo');
  const AsyncIteratorPrototype =
    Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert.strictEqual(Object.getPrototypeOf(iterator), AsyncIteratorPrototype);
  assert.deepStrictEqual(Object.keys(iterator), ['next', 'return', 'throw']);
  assert.strictEqual(iterator[Symbol.asyncIterator](), iterator);
  iterator.return();
}

(async () => {
  await queuedEventsThenError();
  await forAwait();
  await errorWithWaitingCalls();
  await closeEvents();
  await returnAndThrow();
  await listeningForError();
  await watermarks();
  badArguments();
  shape();
})().then(common.mustCall());
