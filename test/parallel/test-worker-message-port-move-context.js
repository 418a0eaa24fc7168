'use strict';
// moveMessagePortToContext(): a port moved into a vm context receives there (its events,
// data and transferred ports are objects of that context), posts back, keeps what was
// queued before the move, closes either way, and rejects bad arguments.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');
const { MessageChannel, MessagePort, moveMessagePortToContext } = require('worker_threads');

// Bad arguments.
{
  const { port1, port2 } = new MessageChannel();
  const context = vm.createContext();
  for (const bad of [undefined, null, {}, 1, 'port', port1.postMessage]) {
    assert.throws(() => moveMessagePortToContext(bad, context), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "port" argument must be a MessagePort instance',
    });
  }
  for (const bad of [undefined, null, {}, 1, globalThis]) {
    assert.throws(() => moveMessagePortToContext(port1, bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'Invalid context argument',
    });
  }
  // A closed port, and a transferred one, cannot move.
  port1.close();
  assert.throws(() => moveMessagePortToContext(port1, context), {
    name: 'Error',
    code: 'ERR_CLOSED_MESSAGE_PORT',
    message: 'Cannot send data on closed MessagePort',
  });
  const other = new MessageChannel();
  other.port1.postMessage(null, [port2]);
  assert.throws(() => moveMessagePortToContext(port2, context), { code: 'ERR_CLOSED_MESSAGE_PORT' });
  other.port1.close();
}

// Receiving and posting in the context.
{
  const context = vm.createContext({ assert, MessagePort });
  const { port1, port2 } = new MessageChannel();
  // Sent before the move: delivered by the moved port, in order.
  port2.postMessage('queued 1');
  port2.postMessage('queued 2');
  const moved = moveMessagePortToContext(port1, context);
  context.port = moved;
  const contextObject = vm.runInContext('Object', context);
  assert(moved instanceof contextObject);
  assert(!(moved instanceof MessagePort));

  const transferred = new MessageChannel();
  const received = [];
  port2.on('message', common.mustCall((message) => {
    received.push(message);
    if (message === 'ready') {
      // The context has its handler: send it a port.
      port2.postMessage({ port: transferred.port1 }, [transferred.port1]);
    } else if (message === 'done') {
      assert.deepStrictEqual(received, [
        'ready',
        { queued: ['queued 1', 'queued 2'] },
        { cloneError: true },
        'done',
      ]);
    }
  }, 4));
  transferred.port2.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'through the transferred port');
    // Closing this side closes the transferred port in the context; then the moved one.
    transferred.port2.close();
    moved.close();
  }));
  port2.on('close', common.mustCall());

  vm.runInContext(`(${function() {
    const queued = [];
    for (const key of ['postMessage', 'start', 'close', 'ref', 'unref', 'hasRef']) {
      assert(port[key] instanceof Function, key);
    }
    for (let obj = port; obj !== null; obj = Object.getPrototypeOf(obj)) {
      assert(obj instanceof Object || Object.getPrototypeOf(obj) === null);
    }
    assert(!(port instanceof MessagePort));
    assert.strictEqual(port.onmessage, undefined);
    port.onmessage = function(event) {
      assert.strictEqual(this, port);
      assert(event instanceof Object);
      assert.strictEqual(event.type, 'message');
      assert.strictEqual(event.target, port);
      assert(event.ports instanceof Array);
      const { data, ports } = event;
      if (typeof data === 'string') {
        assert.strictEqual(ports.length, 0);
        queued.push(data);
        if (queued.length === 2) port.postMessage({ queued });
        return;
      }
      // A port that came with the message is a port of this context too.
      assert(data instanceof Object);
      assert.strictEqual(ports.length, 1);
      assert.strictEqual(ports[0], data.port);
      assert(!(data.port instanceof MessagePort));
      assert(data.port.postMessage instanceof Function);
      data.port.postMessage('through the transferred port');
      let cloneError;
      try {
        port.postMessage(() => {});
      } catch (error) {
        cloneError = error;
      }
      assert(cloneError instanceof Error);
      assert.strictEqual(cloneError.constructor.name, 'DOMException');
      assert.strictEqual(cloneError.name, 'DataCloneError');
      // Bad transfer lists throw errors of this context too.
      assert.throws(() => port.postMessage(1, [1]), (error) => {
        assert(error instanceof TypeError);
        assert.strictEqual(error.code, 'ERR_INVALID_TRANSFER_OBJECT');
        return true;
      });
      assert.throws(() => port.postMessage(1, [port]), (error) => {
        assert(error instanceof Error);
        assert.strictEqual(error.name, 'DataCloneError');
        return true;
      });
      port.postMessage({ cloneError: true });
      port.postMessage('done');
    };
    port.start();
    port.postMessage('ready');
  }})()`, context);
}

// Closing the other end closes the moved port (which alone would keep the loop alive).
{
  const { port1, port2 } = new MessageChannel();
  const context = vm.createContext();
  const moved = moveMessagePortToContext(port1, context);
  // The old object is done with: no 'close' event, as in node.
  port1.on('close', common.mustNotCall());
  moved.onmessage = common.mustCall(({ data }) => {
    assert.strictEqual(data, 42);
    port2.close();
  });
  moved.start();
  port2.postMessage(42);
}
