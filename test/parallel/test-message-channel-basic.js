'use strict';
// MessageChannel gives two entangled MessagePorts; what one posts, the other receives, in
// order, through on('message') (the data), onmessage and addEventListener (a MessageEvent).
const common = require('../common');
const assert = require('assert');
const { MessageChannel, MessagePort } = require('worker_threads');

assert.strictEqual(globalThis.MessageChannel, MessageChannel);
assert.strictEqual(globalThis.MessagePort, MessagePort);

const channel = new MessageChannel();
assert.deepStrictEqual(Object.keys(channel), ['port1', 'port2']);
assert.ok(channel.port1 instanceof MessagePort);
assert.ok(channel.port2 instanceof MessagePort);
assert.ok(channel.port1 instanceof EventTarget);
assert.notStrictEqual(channel.port1, channel.port2);
assert.throws(() => MessageChannel(), TypeError);

assert.throws(() => new MessagePort(), {
  name: 'TypeError',
  code: 'ERR_CONSTRUCT_CALL_INVALID',
  message: 'Constructor cannot be called',
});
for (const name of ['postMessage', 'start', 'close', 'ref', 'unref', 'hasRef']) {
  assert.throws(() => MessagePort.prototype[name].call({}), { name: 'TypeError', message: 'Illegal invocation' });
}

// Node-style listeners get the data, in order.
{
  const { port1, port2 } = new MessageChannel();
  const received = [];
  port2.on('message', common.mustCall(function(value) {
    assert.strictEqual(this, port2);
    received.push(value);
    if (received.length === 3) {
      assert.deepStrictEqual(received, [1, 'two', { three: [3] }]);
      port2.close();
    }
  }, 3));
  port1.postMessage(1);
  port1.postMessage('two');
  port1.postMessage({ three: [3] });
}

// onmessage gets a MessageEvent, and starts the port.
{
  const { port1, port2 } = new MessageChannel();
  assert.strictEqual(port2.onmessage, null);
  port2.onmessage = common.mustCall(function(event) {
    assert.strictEqual(this, port2);
    assert.ok(event instanceof MessageEvent);
    assert.ok(event instanceof Event);
    assert.strictEqual(event.type, 'message');
    assert.deepStrictEqual(event.data, { x: 1 });
    assert.strictEqual(event.target, port2);
    assert.deepStrictEqual(event.ports, []);
    assert.strictEqual(event.origin, '');
    assert.strictEqual(event.lastEventId, '');
    assert.strictEqual(event.source, null);
    port2.close();
  });
  assert.strictEqual(typeof port2.onmessage, 'function');
  port1.postMessage({ x: 1 });
}

// addEventListener does not start a port by itself in the browser, but in node it does.
{
  const { port1, port2 } = new MessageChannel();
  port2.addEventListener('message', common.mustCall((event) => {
    assert.strictEqual(event.data, 'hello');
    port2.close();
  }));
  port1.postMessage('hello');
}

// postMessage needs a value; undefined is one.
{
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'Not enough arguments to MessagePort.postMessage',
  });
  port2.once('message', common.mustCall((value) => {
    assert.strictEqual(value, undefined);
    port1.close();
  }));
  port1.postMessage(undefined);
}
