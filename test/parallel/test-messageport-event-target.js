'use strict';
// A MessagePort is an EventTarget that also has the EventEmitter methods node gives it.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
for (const name of ['on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'emit',
                    'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners',
                    'addEventListener', 'removeEventListener', 'dispatchEvent']) {
  assert.strictEqual(typeof port1[name], 'function', name);
}

const onceListener = common.mustCall((value) => assert.strictEqual(value, 1));
port2.once('message', onceListener);
assert.strictEqual(port2.listenerCount('message'), 1);
port2.on('message', common.mustCall(2));
assert.strictEqual(port2.listenerCount('message'), 2);
assert.ok(port2.eventNames().includes('message'));

// emit() calls node-style listeners with the value.
port2.on('custom', common.mustCall((value) => assert.strictEqual(value, 'payload')));
assert.strictEqual(port2.emit('custom', 'payload'), true);
assert.strictEqual(port2.emit('nothing'), false);

// dispatchEvent() calls web-style listeners with the event.
port2.addEventListener('custom-event', common.mustCall((event) => {
  assert.strictEqual(event.type, 'custom-event');
}));
assert.strictEqual(port2.dispatchEvent(new Event('custom-event')), true);

// Listeners that throw do not stop the others; the error is uncaught on the next tick.
process.once('uncaughtException', common.mustCall((error) => {
  assert.strictEqual(error.message, 'listener failed');
}));
port2.on('other', () => { throw new Error('listener failed'); });
port2.on('other', common.mustCall());
port2.emit('other');

// once() and { once: true } run one time.
port2.addEventListener('message', common.mustCall((event) => {
  assert.strictEqual(event.data, 1);
}), { once: true });

let count = 0;
port2.on('message', () => {
  if (++count === 2) port2.close();
});
port1.postMessage(1);
port1.postMessage(2);

assert.strictEqual(port1.getMaxListeners(), 10);
port1.setMaxListeners(20);
assert.strictEqual(port1.getMaxListeners(), 20);
