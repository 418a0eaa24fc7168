'use strict';
// postMessage's transfer list: ArrayBuffers are moved (the sender's are detached, views keep
// their place), each once; what is not transferable is refused; markAsUntransferable()
// makes a buffer copied instead.
require('../common');
const assert = require('assert');
const { MessageChannel, markAsUntransferable, receiveMessageOnPort } = require('worker_threads');

const { port1, port2 } = new MessageChannel();

{
  const buffer = new ArrayBuffer(16);
  new Uint8Array(buffer).fill(7);
  const view = new Uint8Array(buffer, 4, 8);
  port1.postMessage({ view }, [buffer]);
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(view.length, 0);
  const { message } = receiveMessageOnPort(port2);
  assert.strictEqual(message.view.byteOffset, 4);
  assert.strictEqual(message.view.length, 8);
  assert.strictEqual(message.view.buffer.byteLength, 16);
  assert.deepStrictEqual([...message.view], [7, 7, 7, 7, 7, 7, 7, 7]);
}

// The { transfer } form.
{
  const buffer = new ArrayBuffer(4);
  port1.postMessage(buffer, { transfer: [buffer] });
  assert.strictEqual(buffer.byteLength, 0);
  assert.strictEqual(receiveMessageOnPort(port2).message.byteLength, 4);
  port1.postMessage(1, {});
  port1.postMessage(2, { transfer: undefined });
  port1.postMessage(3, null);
  port1.postMessage(4, new Set());
  assert.deepStrictEqual([1, 2, 3, 4].map(() => receiveMessageOnPort(port2).message), [1, 2, 3, 4]);
}

// A large buffer moves without being copied.
{
  const buffer = new ArrayBuffer(256 * 1024 * 1024);
  new Uint8Array(buffer)[buffer.byteLength - 1] = 9;
  port1.postMessage(buffer, [buffer]);
  const received = receiveMessageOnPort(port2).message;
  assert.strictEqual(received.byteLength, 256 * 1024 * 1024);
  assert.strictEqual(new Uint8Array(received)[received.byteLength - 1], 9);
}

// Untransferable buffers are copied.
{
  const buffer = new ArrayBuffer(4);
  markAsUntransferable(buffer);
  markAsUntransferable(1);  // not an object: ignored
  port1.postMessage(buffer, [buffer]);
  assert.strictEqual(buffer.byteLength, 4);
  assert.strictEqual(receiveMessageOnPort(port2).message.byteLength, 4);
}

// Buffer's shared pool is untransferable: a pooled Buffer's memory is copied, and the pool
// keeps working.
{
  const pooled = Buffer.from('pooled');
  port1.postMessage(pooled, [pooled.buffer]);
  assert.ok(pooled.buffer.byteLength > 0);
  assert.strictEqual(pooled.toString(), 'pooled');
  assert.strictEqual(Buffer.from('next').toString(), 'next');
  assert.strictEqual(Buffer.from(receiveMessageOnPort(port2).message).toString(), 'pooled');
}

// Errors, all thrown before anything is sent or detached.
{
  const buffer = new ArrayBuffer(4);
  assert.throws(() => port1.postMessage(buffer, [buffer, buffer]), {
    name: 'DataCloneError', message: 'Transfer list contains duplicate ArrayBuffer',
  });
  assert.strictEqual(buffer.byteLength, 4);
  for (const bad of [[1], [{}], [new SharedArrayBuffer(4)], [new Uint8Array(2)]]) {
    assert.throws(() => port1.postMessage(1, bad), {
      name: 'TypeError', code: 'ERR_INVALID_TRANSFER_OBJECT', message: 'Found invalid object in transferList',
    });
  }
  assert.throws(() => port1.postMessage(1, 'abc'), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional transferList argument must be an iterable',
  });
  assert.throws(() => port1.postMessage(1, { transfer: 5 }), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'Optional options.transfer argument must be an iterable',
  });
  assert.throws(() => port1.postMessage(1, [port1]), {
    name: 'DataCloneError', message: 'Transfer list contains source port',
  });
  const { port1: a, port2: b } = new MessageChannel();
  assert.throws(() => port1.postMessage(1, [a, a]), {
    name: 'DataCloneError', message: 'Transfer list contains duplicate MessagePort',
  });
  assert.throws(() => port1.postMessage(() => {}, [buffer]), { name: 'DataCloneError' });
  assert.strictEqual(buffer.byteLength, 4);
  a.close();
  b.close();
}

assert.strictEqual(receiveMessageOnPort(port2), undefined);
port1.close();
