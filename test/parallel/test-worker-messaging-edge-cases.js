'use strict';
// Messaging edge cases node defines: several SharedArrayBuffers in one message keep their
// identities; a message whose transfer list holds the port it goes to is lost with the
// channel (a warning, the ArrayBuffers still transferred); MessageEvent's ports must be
// iterable; BroadcastChannel's inspect checks its receiver; a closed port cannot be moved
// into a context, whatever the context argument.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');
const { MessageChannel, BroadcastChannel, moveMessagePortToContext, receiveMessageOnPort } = require('worker_threads');

{
  const shared = [[new SharedArrayBuffer(0), new SharedArrayBuffer(1)], [new SharedArrayBuffer(2), new SharedArrayBuffer(3)]];
  const { port1, port2 } = new MessageChannel();
  port2.postMessage({ shared, again: shared[1][0] });
  const { message } = receiveMessageOnPort(port1);
  assert.deepStrictEqual(message.shared.map((pair) => pair.map((buffer) => buffer.byteLength)), [[0, 1], [2, 3]]);
  assert.strictEqual(message.again, message.shared[1][0]);
  new Uint8Array(message.shared[1][1])[2] = 7;
  assert.strictEqual(new Uint8Array(shared[1][1])[2], 7);
  port1.close();
}

{
  const { port1, port2 } = new MessageChannel();
  const buffer = new ArrayBuffer(10);
  common.expectWarning('Warning', 'The target port was posted to itself, and the communication channel was lost');
  port2.onmessage = common.mustNotCall();
  port1.onmessage = common.mustNotCall();
  port2.postMessage(null, [port1, buffer]);
  assert.strictEqual(buffer.byteLength, 0);
  port2.on('close', common.mustCall());
}

assert.throws(() => new MessageEvent('message', { ports: 0 }), { name: 'TypeError', message: /ports is not iterable/ });
assert.throws(() => new MessageEvent('message', { ports: [{}] }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.deepStrictEqual(new MessageEvent('message', { ports: new Set() }).ports, []);

{
  const channel = new BroadcastChannel('edge');
  assert.throws(() => channel[inspect.custom].call(), { code: 'ERR_INVALID_THIS' });
  assert.strictEqual(inspect(channel), "BroadcastChannel { name: 'edge', active: true }");
  channel.close();
}

{
  const { port1 } = new MessageChannel();
  port1.close();
  assert.throws(() => moveMessagePortToContext(port1, {}), { code: 'ERR_CLOSED_MESSAGE_PORT' });
}
