'use strict';
// A port can travel inside a message (listed in the transfer list): the sender's object
// closes, the receiver gets a working port, and messages sent meanwhile are not lost.
const common = require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

const carrier = new MessageChannel();
const { port1, port2 } = new MessageChannel();

port1.postMessage('sent before the transfer');
port2.on('close', common.mustCall());
carrier.port1.postMessage({ nested: { port: port2 } }, [port2]);
port1.postMessage('sent during the transfer');

// The transferred object is dead on this side.
port2.postMessage('dropped');
assert.throws(() => carrier.port1.postMessage(port2, [port2]), {
  name: 'DataCloneError', message: 'MessagePort in transfer list is already detached',
});

carrier.port2.once('message', common.mustCall((message) => {
  const moved = message.nested.port;
  assert.ok(moved instanceof MessagePort);
  assert.notStrictEqual(moved, port2);
  assert.deepStrictEqual(receiveMessageOnPort(moved), { message: 'sent before the transfer' });
  assert.deepStrictEqual(receiveMessageOnPort(moved), { message: 'sent during the transfer' });
  moved.on('message', common.mustCall((value) => {
    assert.strictEqual(value, 'after');
    moved.postMessage('reply');
  }));
  port1.once('message', common.mustCall((reply) => {
    assert.strictEqual(reply, 'reply');
    moved.on('close', common.mustCall());
    port1.on('close', common.mustCall());
    port1.close();
    carrier.port1.close();
  }));
  port1.postMessage('after');
}));

// A MessageEvent lists the ports that came with the message.
{
  const channel = new MessageChannel();
  const { port1: a, port2: b } = new MessageChannel();
  channel.port2.onmessage = common.mustCall((event) => {
    assert.strictEqual(event.ports.length, 2);
    assert.ok(event.ports.every((port) => port instanceof MessagePort));
    assert.strictEqual(event.data.first, event.ports[0]);
    event.ports.forEach((port) => port.close());
    channel.port2.close();
  });
  channel.port1.postMessage({ first: a, second: b }, [a, b]);
}
