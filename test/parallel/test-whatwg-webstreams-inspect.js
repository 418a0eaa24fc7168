'use strict';
// util.inspect() of the web stream classes: `ClassName { fields }` with node's fields, in
// each state a stream goes through, and nested inside other objects.
const common = require('../common');
const assert = require('assert');
const { inspect } = require('util');

assert.strictEqual(inspect(new ReadableStream()),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: false }");
assert.strictEqual(inspect(new ReadableStream({ type: 'bytes' })),
                   "ReadableStream { locked: false, state: 'readable', supportsBYOB: true }");
{
  const stream = new ReadableStream();
  stream.cancel();
  assert.strictEqual(inspect(stream),
                     "ReadableStream { locked: false, state: 'closed', supportsBYOB: false }");
  const errored = new ReadableStream({ start(controller) { controller.error(new Error('boom')); } });
  assert.strictEqual(inspect(errored),
                     "ReadableStream { locked: false, state: 'errored', supportsBYOB: false }");
}

{
  const stream = new ReadableStream();
  const reader = stream.getReader();
  reader.read().catch(common.mustCall());
  assert.strictEqual(inspect(reader),
                     'ReadableStreamDefaultReader {\n' +
                     "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: false },\n" +
                     '  readRequests: 1,\n' +
                     '  close: Promise { <pending> }\n' +
                     '}');
  reader.releaseLock();
  assert.strictEqual(inspect(reader),
                     'ReadableStreamDefaultReader {\n' +
                     '  stream: undefined,\n' +
                     '  readRequests: 0,\n' +
                     '  close: Promise { <rejected> [TypeError] }\n' +
                     '}');
}

{
  const reader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  reader.read(new Uint8Array(2));
  assert.strictEqual(inspect(reader),
                     'ReadableStreamBYOBReader {\n' +
                     "  stream: ReadableStream { locked: true, state: 'readable', supportsBYOB: true },\n" +
                     '  readIntoRequests: 1,\n' +
                     '  close: Promise { <pending> }\n' +
                     '}');
}

new ReadableStream({
  start: common.mustCall((controller) => {
    assert.strictEqual(inspect(controller), 'ReadableStreamDefaultController {}');
  }),
});

{
  const stream = new ReadableStream({
    type: 'bytes',
    start: common.mustCall((controller) => {
      assert.strictEqual(inspect(controller), 'ReadableByteStreamController {}');
    }),
    pull: common.mustCall((controller) => {
      assert.strictEqual(inspect(controller.byobRequest),
                         'ReadableStreamBYOBRequest {\n' +
                         '  view: Uint8Array(3) [ 0, 0, 0 ],\n' +
                         '  controller: ReadableByteStreamController {}\n' +
                         '}');
      controller.byobRequest.respond(1);
    }),
  });
  stream.getReader({ mode: 'byob' }).read(new Uint8Array(3)).then(common.mustCall());
}

{
  const writable = new WritableStream({
    start: common.mustCall((controller) => {
      assert.strictEqual(inspect(controller),
                         "WritableStreamDefaultController { stream: WritableStream { locked: false, state: 'writable' } }");
    }),
  });
  assert.strictEqual(inspect(writable), "WritableStream { locked: false, state: 'writable' }");
  const writer = writable.getWriter();
  assert.strictEqual(inspect(writer),
                     'WritableStreamDefaultWriter {\n' +
                     "  stream: WritableStream { locked: true, state: 'writable' },\n" +
                     '  close: Promise { <pending> },\n' +
                     '  ready: Promise { undefined },\n' +
                     '  desiredSize: 1\n' +
                     '}');
}

{
  // 'erroring' while the abort waits for start, then 'errored'; 'closed' after close().
  const aborted = new WritableStream();
  aborted.abort(new Error('stop'));
  assert.strictEqual(inspect(aborted), "WritableStream { locked: false, state: 'erroring' }");
  const closed = new WritableStream();
  closed.close();
  assert.strictEqual(inspect(closed), "WritableStream { locked: false, state: 'writable' }");
  setTimeout(common.mustCall(() => {
    assert.strictEqual(inspect(aborted), "WritableStream { locked: false, state: 'errored' }");
    assert.strictEqual(inspect(closed), "WritableStream { locked: false, state: 'closed' }");
  }), 1);
}

{
  const transform = new TransformStream();
  assert.strictEqual(inspect(transform),
                     'TransformStream {\n' +
                     "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
                     "  writable: WritableStream { locked: false, state: 'writable' },\n" +
                     '  backpressure: true\n' +
                     '}');
  const inspected = new TransformStream({
    transform: common.mustCall((chunk, controller) => {
      // Two levels down, the sides are past the depth limit, where node shows undefined.
      assert.strictEqual(inspect(controller),
                         'TransformStreamDefaultController {\n' +
                         '  stream: TransformStream { readable: undefined, writable: undefined, backpressure: false }\n' +
                         '}');
    }),
  });
  inspected.writable.getWriter().write('x');
  inspected.readable.getReader().read();
}

assert.strictEqual(inspect(new ByteLengthQueuingStrategy({ highWaterMark: 3 })),
                   'ByteLengthQueuingStrategy { highWaterMark: 3 }');
assert.strictEqual(inspect(new CountQueuingStrategy({ highWaterMark: 1 })),
                   'CountQueuingStrategy { highWaterMark: 1 }');
assert.strictEqual(inspect(new TextEncoderStream()),
                   'TextEncoderStream {\n' +
                   "  encoding: 'utf-8',\n" +
                   "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
                   "  writable: WritableStream { locked: false, state: 'writable' }\n" +
                   '}');
assert.strictEqual(inspect(new TextDecoderStream('utf-16le', { fatal: true })),
                   'TextDecoderStream {\n' +
                   "  encoding: 'utf-16le',\n" +
                   '  fatal: true,\n' +
                   '  ignoreBOM: false,\n' +
                   "  readable: ReadableStream { locked: false, state: 'readable', supportsBYOB: false },\n" +
                   "  writable: WritableStream { locked: false, state: 'writable' }\n" +
                   '}');

// The fields are shown one level less deep than the object itself.
assert.strictEqual(inspect(new TransformStream(), { depth: 0 }), 'TransformStream [Object]');
assert.strictEqual(inspect({ stream: new ReadableStream() }),
                   "{\n  stream: ReadableStream { locked: false, state: 'readable', supportsBYOB: false }\n}");

// The async iterator shows its methods.
assert.strictEqual(inspect(new ReadableStream().values()),
                   '{\n' +
                   '  next: [Function: next],\n' +
                   '  return: [Function: return],\n' +
                   '  [Symbol(Symbol.asyncIterator)]: [Function: [Symbol.asyncIterator]]\n' +
                   '}');
