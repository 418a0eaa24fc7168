'use strict';
// MessageEvent, the event of 'message' and 'messageerror' (a global, as in node).
require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const event = new MessageEvent('message', { data: { x: 1 }, origin: 'o', lastEventId: 7 });
assert.ok(event instanceof Event);
assert.deepStrictEqual(event.data, { x: 1 });
assert.strictEqual(event.origin, 'o');
assert.strictEqual(event.lastEventId, '7');
assert.strictEqual(event.source, null);
assert.deepStrictEqual(event.ports, []);
assert.strictEqual(event.type, 'message');
assert.strictEqual(event.target, null);

const plain = new MessageEvent('message');
assert.strictEqual(plain.data, null);
assert.strictEqual(plain.origin, '');
assert.strictEqual(new MessageEvent('m', 5).data, null);
assert.throws(() => new MessageEvent('message', null), TypeError);

const { port1, port2 } = new MessageChannel();
const withPorts = new MessageEvent('message', { ports: [port1], source: port2 });
assert.deepStrictEqual(withPorts.ports, [port1]);
assert.strictEqual(withPorts.source, port2);
assert.throws(() => new MessageEvent('message', { ports: [1] }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "init.ports[0]" property must be an instance of MessagePort. Received type number (1)',
});
assert.throws(() => new MessageEvent('message', { source: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "init.source" property must be an instance of MessagePort. Received an instance of Object',
});

// As in node, Event's own options are not taken.
assert.strictEqual(new MessageEvent('message', { cancelable: true }).cancelable, false);

// A listener that stops immediate propagation: later web-style listeners do not run.
port2.addEventListener('message', (e) => e.stopImmediatePropagation());
port2.addEventListener('message', () => assert.fail('after stopImmediatePropagation'));
port2.addEventListener('message', () => port2.close(), { once: true });
port2.removeEventListener('message', () => {});
port2.start();
port1.postMessage('x');
setTimeout(() => port1.close(), 50);
