'use strict';
// AbortController#abort(reason): the signal becomes aborted with the reason (an AbortError
// DOMException by default) and fires one trusted 'abort' event; later calls do nothing.
const common = require('../common');
const assert = require('assert');

{
  const controller = new AbortController();
  const { signal } = controller;
  assert.strictEqual(controller.signal, signal);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);

  signal.addEventListener('abort', common.mustCall(function(event) {
    assert.strictEqual(this, signal);
    assert.strictEqual(event.type, 'abort');
    assert.strictEqual(event.target, signal);
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(event.cancelable, false);
    assert.strictEqual(event.bubbles, false);
    assert.strictEqual(event.constructor, Event);
    // The state is already final when listeners run.
    assert.strictEqual(signal.aborted, true);
    assert.strictEqual(signal.reason, 'first');
  }));

  assert.strictEqual(controller.abort('first'), undefined);
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'first');

  controller.abort('second');
  assert.strictEqual(signal.reason, 'first');
}

{
  // The default reason.
  const controller = new AbortController();
  controller.abort();
  const { reason } = controller.signal;
  assert.ok(reason instanceof DOMException);
  assert.ok(reason instanceof Error);
  assert.strictEqual(reason.name, 'AbortError');
  assert.strictEqual(reason.message, 'This operation was aborted');
  assert.strictEqual(reason.code, 20);
  assert.strictEqual(reason.code, DOMException.ABORT_ERR);
  assert.match(reason.stack, /^AbortError: This operation was aborted\n {4}at /);

  // undefined means "the default"; every other value is kept as is.
  const explicitUndefined = new AbortController();
  explicitUndefined.abort(undefined);
  assert.strictEqual(explicitUndefined.signal.reason.name, 'AbortError');
  for (const value of [null, 0, '', false, { custom: true }, new Error('mine')]) {
    const controller = new AbortController();
    controller.abort(value);
    assert.strictEqual(controller.signal.reason, value);
  }
}

{
  // A listener aborting again does not fire a second event.
  const controller = new AbortController();
  controller.signal.addEventListener('abort', common.mustCall(() => controller.abort('again')));
  controller.abort('once');
  assert.strictEqual(controller.signal.reason, 'once');
}

{
  // Each controller has its own signal.
  const first = new AbortController();
  const second = new AbortController();
  assert.notStrictEqual(first.signal, second.signal);
  first.abort();
  assert.strictEqual(second.signal.aborted, false);
}

{
  // Interface.
  assert.strictEqual(AbortController.length, 0);
  assert.strictEqual(AbortController.prototype.abort.length, 0);
  assert.deepStrictEqual(Object.getOwnPropertyNames(AbortController.prototype),
                         ['constructor', 'signal', 'abort']);
  for (const name of ['signal', 'abort']) {
    assert.strictEqual(Object.getOwnPropertyDescriptor(AbortController.prototype, name).enumerable, true);
  }
  assert.strictEqual(Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').set, undefined);
  assert.strictEqual(Object.prototype.toString.call(new AbortController()), '[object AbortController]');
  assert.deepStrictEqual(Object.keys(new AbortController()), []);
  assert.throws(() => AbortController(), TypeError);
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'AbortController');
  assert.strictEqual(descriptor.enumerable, false);
}
