'use strict';
// AbortSignal#onabort, an event handler attribute: setting it installs one listener that
// keeps its place among the others; later values only change what it calls.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

{
  const controller = new AbortController();
  const { signal } = controller;
  assert.strictEqual(signal.onabort, null);
  const handler = common.mustCall(function(event) {
    assert.strictEqual(this, signal);
    assert.strictEqual(event.type, 'abort');
    assert.strictEqual(event.isTrusted, true);
  });
  signal.onabort = handler;
  assert.strictEqual(signal.onabort, handler);
  assert.strictEqual(getEventListeners(signal, 'abort').length, 1);
  controller.abort();
}

{
  // Its position is where it was first set, even when replaced.
  const controller = new AbortController();
  const { signal } = controller;
  const order = [];
  signal.addEventListener('abort', () => order.push('listener 1'));
  signal.onabort = () => order.push('first handler');
  signal.addEventListener('abort', () => order.push('listener 2'));
  signal.onabort = () => order.push('second handler');
  controller.abort();
  assert.deepStrictEqual(order, ['listener 1', 'second handler', 'listener 2']);
}

{
  // null (or a non-function) turns it off; the value is kept as given.
  const controller = new AbortController();
  const { signal } = controller;
  signal.onabort = common.mustNotCall();
  signal.onabort = null;
  assert.strictEqual(signal.onabort, null);
  signal.onabort = 5;
  assert.strictEqual(signal.onabort, 5);
  const object = {};
  signal.onabort = object;
  assert.strictEqual(signal.onabort, object);
  controller.abort();
}

{
  // It is an accessor on the prototype.
  const descriptor = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.configurable, true);
  assert.strictEqual(descriptor.get.name, 'get onabort');
  assert.strictEqual(descriptor.set.name, 'set onabort');
  assert.throws(() => descriptor.get.call({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "this" argument must be an instance of EventTarget. Received an instance of Object',
  });
  assert.deepStrictEqual(Object.keys(new AbortController().signal), []);
  assert.strictEqual('onabort' in new EventTarget(), false);
}
