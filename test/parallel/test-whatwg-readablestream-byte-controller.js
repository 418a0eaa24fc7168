'use strict';
// ReadableByteStreamController and ReadableStreamBYOBRequest: enqueue() checks and the
// transfer of enqueued buffers, byobRequest views, respond(), respondWithNewView(),
// autoAllocateChunkSize, close() with a partly filled request, and their errors.
const common = require('../common');
const assert = require('assert');

const invalidState = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message: `Invalid state: ${message}` });

function byteStream(source = {}, strategy) {
  let controller;
  const stream = new ReadableStream({
    type: 'bytes',
    ...source,
    start(c) {
      controller = c;
      return source.start?.(c);
    },
  }, strategy);
  return { stream, controller };
}

// enqueue(): only non-empty views; the view's buffer is transferred (detached).
{
  const { controller } = byteStream();
  assert.throws(() => controller.enqueue(1), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => controller.enqueue(new ArrayBuffer(1)), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => controller.enqueue(new Uint8Array(0)), invalidState('chunk ArrayBuffer is zero-length or detached'));
  assert.throws(() => controller.enqueue(new Uint8Array(new ArrayBuffer(4), 4)), invalidState('chunk ArrayBuffer is zero-length or detached'));
  const chunk = new Uint8Array([1, 2, 3]);
  controller.enqueue(chunk);
  assert.strictEqual(chunk.byteLength, 0);
  assert.strictEqual(chunk.buffer.byteLength, 0);
  assert.throws(() => controller.enqueue(chunk), invalidState('chunk ArrayBuffer is zero-length or detached'));
  assert.strictEqual(controller.desiredSize, -3);
  // Closing with bytes queued: the close is pending, then done once they are read.
  controller.close();
  assert.throws(() => controller.enqueue(new Uint8Array(1)), invalidState('Controller is already closed'));
  assert.throws(() => controller.close(), invalidState('Controller is already closed'));
}
{
  const { controller } = byteStream();
  controller.close();
  assert.throws(() => controller.enqueue(new Uint8Array(1)), invalidState('ReadableStream is already closed'));
  assert.throws(() => controller.close(), invalidState('ReadableStream is already closed'));
}
{
  const { controller } = byteStream();
  controller.error(new Error('x'));
  assert.throws(() => controller.enqueue(new Uint8Array(1)), invalidState('ReadableStream is already closed'));
  assert.throws(() => controller.close(), invalidState('ReadableStream is already closed'));
  assert.strictEqual(controller.desiredSize, null);
  assert.strictEqual(controller.byobRequest, null);
}

// A default reader gets Uint8Arrays over the enqueued bytes, whatever view was enqueued.
(async () => {
  const { stream, controller } = byteStream();
  controller.enqueue(new Uint16Array([0x0201]));
  controller.enqueue(new DataView(new Uint8Array([9, 8, 7]).buffer, 1, 2));
  controller.close();
  const reader = stream.getReader();
  const first = await reader.read();
  assert.ok(first.value instanceof Uint8Array);
  assert.deepStrictEqual([...first.value], [1, 2]);
  assert.deepStrictEqual([...(await reader.read()).value], [8, 7]);
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
})().then(common.mustCall());

// byobRequest: null without a BYOB read; a Uint8Array over the unfilled part otherwise.
(async () => {
  const requests = [];
  const { stream } = byteStream({
    pull(controller) {
      const request = controller.byobRequest;
      assert.strictEqual(controller.byobRequest, request);
      assert.strictEqual(request.view, request.view);
      requests.push([request.view.constructor.name, request.view.byteOffset, request.view.byteLength,
                     request.view.buffer.byteLength]);
      request.view[0] = requests.length;
      request.respond(1);
      // The answered request is spent; until the minimum is in, a new one covers the rest.
      assert.strictEqual(request.view, null);
      const next = controller.byobRequest;
      assert.notStrictEqual(next, request);
      assert.strictEqual(next === null, requests.length === 3);
    },
  });
  const reader = stream.getReader({ mode: 'byob' });
  // min: 3 keeps the same request open until three bytes are in.
  const { value } = await reader.read(new Uint8Array(new ArrayBuffer(8), 2, 4), { min: 3 });
  assert.deepStrictEqual(requests, [
    ['Uint8Array', 2, 4, 8], ['Uint8Array', 3, 3, 8], ['Uint8Array', 4, 2, 8],
  ]);
  assert.deepStrictEqual([...value], [1, 2, 3]);
  assert.strictEqual(value.byteOffset, 2);
  assert.strictEqual(value.buffer.byteLength, 8);
  reader.releaseLock();
  stream.cancel();
})().then(common.mustCall());

// respond() checks: bytes written must fit and be non-zero while readable.
(async () => {
  const errors = [];
  const { stream } = byteStream({
    pull: common.mustCall((controller) => {
      const request = controller.byobRequest;
      for (const bytes of [0, 5]) {
        try {
          request.respond(bytes);
        } catch (error) {
          errors.push([error.name, error.code, error.message]);
        }
      }
      request.respond(2);
      try {
        request.respond(1);
      } catch (error) {
        errors.push([error.name, error.code, error.message]);
      }
    }),
  });
  const { value } = await stream.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  assert.strictEqual(value.length, 2);
  assert.deepStrictEqual(errors, [
    ['TypeError', 'ERR_INVALID_ARG_VALUE', "The argument 'bytesWritten' is invalid. Received 0"],
    ['RangeError', 'ERR_INVALID_ARG_VALUE', "The argument 'bytesWritten' is invalid. Received 5"],
    ['TypeError', 'ERR_INVALID_STATE', 'Invalid state: This BYOB request has been invalidated'],
  ]);
})().then(common.mustCall());

// After close(), the pending request may only be answered with 0 bytes; the read ends done
// with an empty view on the reader's memory.
(async () => {
  const { stream } = byteStream({
    pull: common.mustCall((controller) => {
      controller.close();
      const request = controller.byobRequest;
      assert.throws(() => request.respond(1), {
        name: 'TypeError',
        code: 'ERR_INVALID_ARG_VALUE',
        message: "The argument 'bytesWritten' is invalid. Received 1",
      });
      assert.throws(() => request.respondWithNewView(new Uint8Array(request.view.buffer, 0, 1)),
                    invalidState('View is not zero-length'));
      request.respond(0);
    }),
  });
  const view = new Uint16Array(3);
  const { value, done } = await stream.getReader({ mode: 'byob' }).read(view);
  assert.strictEqual(done, true);
  assert.ok(value instanceof Uint16Array);
  assert.strictEqual(value.length, 0);
  assert.strictEqual(value.buffer.byteLength, 6);
})().then(common.mustCall());

// respondWithNewView(): the view must start where the request's does and fit its buffer.
(async () => {
  const { stream } = byteStream({
    pull: common.mustCall((controller) => {
      const request = controller.byobRequest;
      const { buffer } = request.view;
      assert.throws(() => request.respondWithNewView(1), {
        name: 'TypeError',
        code: 'ERR_INVALID_ARG_TYPE',
        message: 'The "view" argument must be an instance of Buffer, TypedArray, or DataView. Received type number (1)',
      });
      assert.throws(() => request.respondWithNewView(new Uint8Array(buffer, 1, 1)), {
        name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE',
      });
      assert.throws(() => request.respondWithNewView(new Uint8Array(5)), {
        name: 'RangeError',
        code: 'ERR_INVALID_ARG_VALUE',
        message: "The argument 'view' is invalid. Received Uint8Array(5) [ 0, 0, 0, 0, 0 ]",
      });
      assert.throws(() => request.respondWithNewView(new Uint8Array(buffer, 0, 0)), invalidState('View is zero-length'));
      const written = new Uint8Array(buffer, 0, 2);
      written.set([4, 2]);
      request.respondWithNewView(written);
      assert.strictEqual(written.byteLength, 0);
      assert.throws(() => request.respondWithNewView(new Uint8Array(1)), invalidState('This BYOB request has been invalidated'));
    }),
  });
  const { value } = await stream.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  assert.deepStrictEqual([...value], [4, 2]);
})().then(common.mustCall());

// Bytes that do not make a whole element stay queued for the next read.
(async () => {
  const { stream, controller } = byteStream();
  controller.enqueue(new Uint8Array([1, 0, 2]));
  const reader = stream.getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint16Array(4));
  assert.deepStrictEqual([...value], [1]);
  controller.enqueue(new Uint8Array([0]));
  assert.deepStrictEqual([...(await reader.read(new Uint16Array(1))).value], [2]);
  // Once closed, half an element left over cannot be read: the stream errors.
  controller.enqueue(new Uint8Array([5]));
  controller.close();
  await assert.rejects(reader.read(new Uint16Array(1)), invalidState('ReadableStream closed'));
  await assert.rejects(reader.closed, invalidState('ReadableStream closed'));
})().then(common.mustCall());

// close() while a request holds half an element errors the stream.
(async () => {
  const { stream } = byteStream({
    pull: common.mustCall((controller) => {
      controller.byobRequest.view[0] = 1;
      controller.byobRequest.respond(1);
      assert.throws(() => controller.close(), invalidState('Partial read'));
    }),
  });
  await assert.rejects(stream.getReader({ mode: 'byob' }).read(new Uint16Array(2)), invalidState('Partial read'));
})().then(common.mustCall());

// autoAllocateChunkSize: default reads get a request over a fresh buffer of that size.
(async () => {
  const { stream } = byteStream({
    autoAllocateChunkSize: 16,
    pull: common.mustCall((controller) => {
      const { view } = controller.byobRequest;
      assert.strictEqual(view.byteLength, 16);
      view.set([1, 2, 3]);
      controller.byobRequest.respond(3);
    }),
  });
  const { value } = await stream.getReader().read();
  assert.deepStrictEqual([...value], [1, 2, 3]);
  assert.strictEqual(value.buffer.byteLength, 16);
})().then(common.mustCall());

// enqueue() during a BYOB request answers the request from the queue.
(async () => {
  const { stream } = byteStream({
    pull: common.mustCall((controller) => {
      const request = controller.byobRequest;
      controller.enqueue(new Uint8Array([7, 8]));
      assert.strictEqual(request.view, null);
      assert.strictEqual(controller.byobRequest, null);
    }),
  });
  const { value } = await stream.getReader({ mode: 'byob' }).read(new Uint8Array(4));
  assert.deepStrictEqual([...value], [7, 8]);
  assert.strictEqual(value.buffer.byteLength, 4);
})().then(common.mustCall());

// High water mark in bytes, and pull() filling the queue up to it.
(async () => {
  let pulls = 0;
  const { controller } = byteStream({
    pull(c) {
      pulls++;
      c.enqueue(new Uint8Array(4));
    },
  }, { highWaterMark: 10 });
  assert.strictEqual(controller.desiredSize, 10);
  await new Promise(setImmediate);
  assert.strictEqual(pulls, 3);
  assert.strictEqual(controller.desiredSize, -2);
})().then(common.mustCall());

// Wrong `this`.
for (const Class of [ReadableByteStreamController, ReadableStreamBYOBRequest]) {
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(Class.prototype))) {
    if (name === 'constructor') continue;
    assert.throws(() => (descriptor.get || descriptor.value).call({}), TypeError);
  }
}
