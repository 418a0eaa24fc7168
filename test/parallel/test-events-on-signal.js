'use strict';
// events.on(emitter, name, { signal }): an abort ends the iteration with an AbortError
// (after the events already queued) and removes the listeners.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  const emitter = new EventEmitter();
  const controller = new AbortController();
  const iterator = on(emitter, 'foo', { signal: controller.signal });
  const pending = iterator.next();
  emitter.emit('foo', 'a');
  emitter.emit('foo', 'b');
  controller.abort('why');
  assert.strictEqual(emitter.listenerCount('foo'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);
  assert.deepStrictEqual(await pending, { value: ['a'], done: false });
  assert.deepStrictEqual(await iterator.next(), { value: ['b'], done: false });
  await assert.rejects(iterator.next(), (error) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
    assert.strictEqual(error.cause, 'why');
    return true;
  });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });

  // Aborting while next() waits rejects that call.
  const second = new AbortController();
  const waiting = on(emitter, 'foo', { signal: second.signal }).next();
  second.abort();
  await assert.rejects(waiting, { name: 'AbortError' });

  // An aborted signal throws at once, synchronously.
  assert.throws(() => on(emitter, 'foo', { signal: AbortSignal.abort('early') }), {
    name: 'AbortError',
    message: 'The operation was aborted',
    cause: 'early',
  });
  assert.strictEqual(emitter.listenerCount('foo'), 0);

  // Ending the iteration stops listening to the signal.
  const third = new AbortController();
  const done = on(emitter, 'foo', { signal: third.signal });
  await done.return();
  third.abort();
  assert.deepStrictEqual(await done.next(), { value: undefined, done: true });
})().then(common.mustCall());
