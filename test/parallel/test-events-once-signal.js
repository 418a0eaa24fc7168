'use strict';
// events.once(emitter, name, { signal }): an abort rejects the promise with an AbortError
// (the reason as its cause) and removes the listeners.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

async function abortSignal() {
  const emitter = new EventEmitter();
  const controller = new AbortController();
  const promise = once(emitter, 'x', { signal: controller.signal });
  controller.abort('why');
  await assert.rejects(promise, (error) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
    assert.strictEqual(error.message, 'The operation was aborted');
    assert.strictEqual(error.cause, 'why');
    return true;
  });
  assert.strictEqual(emitter.listenerCount('x'), 0);
  assert.strictEqual(emitter.listenerCount('error'), 0);

  // Already aborted: rejected without listening at all.
  const aborted = AbortSignal.abort('before');
  await assert.rejects(once(emitter, 'x', { signal: aborted }), { name: 'AbortError', cause: 'before' });
  assert.strictEqual(emitter.listenerCount('x'), 0);

  // Resolved before any abort: aborting later changes nothing.
  const late = new AbortController();
  const resolved = once(emitter, 'x', { signal: late.signal });
  emitter.emit('x', 'ok');
  assert.deepStrictEqual(await resolved, ['ok']);
  late.abort();
}

abortSignal().then(common.mustCall());
