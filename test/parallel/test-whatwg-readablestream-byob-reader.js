'use strict';
// ReadableStreamBYOBReader: reading into typed arrays, DataViews and Buffers (the result is
// a new view of the same kind over the same memory; the given one is detached), the min
// option, close/cancel/error/release with pending reads, and argument errors.
const common = require('../common');
const assert = require('assert');

const invalidState = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message: `Invalid state: ${message}` });

function queuedBytes(bytes, close = false) {
  return new ReadableStream({
    type: 'bytes',
    start(controller) {
      if (bytes.length) controller.enqueue(new Uint8Array(bytes));
      if (close) controller.close();
    },
  });
}

(async () => {
  // The result views the caller's memory; the caller's view is detached.
  {
    const reader = queuedBytes([1, 2, 3]).getReader({ mode: 'byob' });
    const buffer = new ArrayBuffer(8);
    const view = new Uint8Array(buffer, 2, 4);
    const { value, done } = await reader.read(view);
    assert.strictEqual(done, false);
    assert.deepStrictEqual([...value], [1, 2, 3]);
    assert.strictEqual(value.byteOffset, 2);
    assert.strictEqual(value.buffer.byteLength, 8);
    assert.strictEqual(view.byteLength, 0);
    assert.strictEqual(buffer.byteLength, 0);
  }

  // Other view kinds: same kind back, element-aligned.
  {
    const reader = queuedBytes([1, 0, 2, 0, 3]).getReader({ mode: 'byob' });
    const { value } = await reader.read(new Uint16Array(4));
    assert.ok(value instanceof Uint16Array);
    assert.deepStrictEqual([...value], [1, 2]);
    const dataView = (await reader.read(new DataView(new ArrayBuffer(4), 1, 2))).value;
    assert.ok(dataView instanceof DataView);
    assert.deepStrictEqual([dataView.byteOffset, dataView.byteLength, dataView.getUint8(0)], [1, 1, 3]);
  }
  {
    // A Buffer stays a Buffer.
    const reader = queuedBytes([104, 105]).getReader({ mode: 'byob' });
    const { value } = await reader.read(Buffer.alloc(4));
    assert.ok(Buffer.isBuffer(value));
    assert.strictEqual(value.toString(), 'hi');
    class Bytes extends Uint8Array {}
    const subclassed = await queuedBytes([1]).getReader({ mode: 'byob' }).read(new Bytes(2));
    assert.strictEqual(Object.getPrototypeOf(subclassed.value), Bytes.prototype);
  }

  // min: waits for that many elements (fewer only at the end of the stream).
  {
    let controller;
    const stream = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = stream.getReader({ mode: 'byob' });
    const read = reader.read(new Uint8Array(6), { min: 4 });
    let settled = false;
    read.then(() => { settled = true; });
    controller.enqueue(new Uint8Array([1, 2]));
    await new Promise(setImmediate);
    assert.strictEqual(settled, false);
    controller.enqueue(new Uint8Array([3, 4, 5]));
    assert.deepStrictEqual([...(await read).value], [1, 2, 3, 4, 5]);
    // At the close, the source answers the open request with 0 bytes and the read ends
    // with what it has.
    controller.enqueue(new Uint8Array([6]));
    const last = reader.read(new Uint8Array(6), { min: 6 });
    await new Promise(setImmediate);
    controller.close();
    assert.strictEqual(controller.byobRequest.view.byteLength, 5);
    controller.byobRequest.respond(0);
    const { value, done } = await last;
    assert.deepStrictEqual([done, [...value]], [true, [6]]);
    const end = await reader.read(new Uint8Array(2));
    assert.deepStrictEqual([end.done, end.value.byteLength, end.value.buffer.byteLength], [true, 0, 2]);
  }

  // A closed stream gives back an empty view over the caller's memory, marked done.
  {
    const reader = queuedBytes([], true).getReader({ mode: 'byob' });
    const { value, done } = await reader.read(new Uint32Array(2));
    assert.strictEqual(done, true);
    assert.ok(value instanceof Uint32Array);
    assert.deepStrictEqual([value.length, value.buffer.byteLength], [0, 8]);
    await reader.closed;
  }

  // Cancel with a pending read: done without a value; the source's cancel gets the reason.
  {
    const stream = new ReadableStream({
      type: 'bytes',
      cancel: common.mustCall((reason) => assert.strictEqual(reason, 'stop')),
    });
    const reader = stream.getReader({ mode: 'byob' });
    const pending = reader.read(new Uint8Array(1));
    await reader.cancel('stop');
    assert.deepStrictEqual(await pending, { value: undefined, done: true });
  }

  // Errors reject pending and later reads.
  {
    let controller;
    const reader = new ReadableStream({ type: 'bytes', start(c) { controller = c; } }).getReader({ mode: 'byob' });
    const pending = reader.read(new Uint8Array(1));
    const error = new Error('broken');
    controller.error(error);
    await assert.rejects(pending, error);
    await assert.rejects(reader.read(new Uint8Array(1)), error);
    await assert.rejects(reader.closed, error);
  }

  // releaseLock() rejects pending reads; bytes answered later go to the next reader.
  {
    let controller;
    const stream = new ReadableStream({ type: 'bytes', start(c) { controller = c; } });
    const reader = stream.getReader({ mode: 'byob' });
    const pending = reader.read(new Uint8Array(4));
    reader.releaseLock();
    await assert.rejects(pending, invalidState('Releasing reader'));
    await assert.rejects(reader.closed, invalidState('Reader released'));
    await assert.rejects(reader.read(new Uint8Array(1)), invalidState('The reader is not attached to a stream'));
    const request = controller.byobRequest;
    request.view[0] = 42;
    request.respond(1);
    assert.deepStrictEqual([...(await stream.getReader().read()).value], [42]);
  }

  // Argument errors reject.
  {
    const reader = queuedBytes([1]).getReader({ mode: 'byob' });
    await assert.rejects(reader.read(), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView. Received undefined',
    });
    await assert.rejects(reader.read(new ArrayBuffer(1)), { code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(reader.read(new Uint8Array(0)), invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    const detached = new Uint8Array(1);
    structuredClone(detached.buffer, { transfer: [detached.buffer] });
    await assert.rejects(reader.read(detached), invalidState('View or Viewed ArrayBuffer is zero-length or detached'));
    await assert.rejects(reader.read(new Uint8Array(1), 1), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options" argument must be of type object. Received type number (1)',
    });
    await assert.rejects(reader.read(new Uint8Array(2), { min: 0 }), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_VALUE',
      message: "The property 'options.min' must be greater than 0. Received 0",
    });
    await assert.rejects(reader.read(new Uint8Array(2), { min: 'x' }), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "options.min" property must be of type number. Received type string (\'x\')',
    });
    await assert.rejects(reader.read(new Uint16Array(2), { min: 3 }), {
      name: 'RangeError',
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "options.min" is out of range. It must be <= view.length. Received 3',
    });
    await assert.rejects(reader.read(new DataView(new ArrayBuffer(2)), { min: 3 }), {
      name: 'RangeError',
      code: 'ERR_OUT_OF_RANGE',
      message: 'The value of "options.min" is out of range. It must be <= view.byteLength. Received 3',
    });
    // The failed reads did not consume anything.
    assert.deepStrictEqual([...(await reader.read(new Uint8Array(1))).value], [1]);
  }

  // Construction: only byte streams, only unlocked ones.
  assert.throws(() => new ReadableStreamBYOBReader(new ReadableStream()), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'stream' must be a byte stream. Received ReadableStream { locked: false, state: 'readable', supportsBYOB: false }",
  });
  assert.throws(() => new ReadableStreamBYOBReader(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream. Received type number (1)',
  });
  {
    const stream = new ReadableStream({ type: 'bytes' });
    stream.getReader();
    assert.throws(() => stream.getReader({ mode: 'byob' }), invalidState('ReadableStream is locked'));
  }

  // Wrong `this`.
  {
    const thisError = { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStreamBYOBReader' };
    const { prototype } = ReadableStreamBYOBReader;
    await assert.rejects(prototype.read.call({}, new Uint8Array(1)), thisError);
    await assert.rejects(prototype.cancel.call({}), thisError);
    assert.throws(() => prototype.releaseLock.call({}), thisError);
  }
})().then(common.mustCall());
