'use strict';
// ReadableStreamDefaultReader: locking, read() results, closed, cancel(), releaseLock() with
// pending reads, and the errors for a released reader or a wrong `this`.
const common = require('../common');
const assert = require('assert');

const invalidState = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message: `Invalid state: ${message}` });

// Locking.
{
  const stream = new ReadableStream();
  assert.strictEqual(stream.locked, false);
  const reader = stream.getReader();
  assert.strictEqual(stream.locked, true);
  assert.throws(() => stream.getReader(), invalidState('ReadableStream is locked'));
  assert.throws(() => new ReadableStreamDefaultReader(stream), invalidState('ReadableStream is locked'));
  assert.rejects(stream.cancel(), invalidState('ReadableStream is locked')).then(common.mustCall());
  reader.releaseLock();
  assert.strictEqual(stream.locked, false);
  reader.releaseLock();
  stream.getReader();
}

assert.throws(() => new ReadableStreamDefaultReader({}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream. Received an instance of Object',
});

// getReader() options.
for (const options of [undefined, null, {}, [], { mode: undefined }]) {
  assert.ok(new ReadableStream().getReader(options) instanceof ReadableStreamDefaultReader);
}
assert.throws(() => new ReadableStream().getReader(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream().getReader({ mode: 'BYOB' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.mode' is invalid. Received 'BYOB'",
});
assert.throws(() => new ReadableStream().getReader({ mode: 'byob' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stream' must be a byte stream. Received ReadableStream { locked: false, state: 'readable', supportsBYOB: false }",
});

// read(): chunks in order, then { value: undefined, done: true } for ever.
(async () => {
  const stream = new ReadableStream({
    start(controller) {
      controller.enqueue('a');
      controller.enqueue(undefined);
      controller.close();
    },
  });
  const reader = stream.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: false });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  assert.strictEqual(await reader.closed, undefined);
  // A closed stream can still hand out readers; their closed promise is already resolved.
  reader.releaseLock();
  assert.strictEqual(await stream.getReader().closed, undefined);
})().then(common.mustCall());

// Reads waiting for chunks are served in order.
(async () => {
  let controller;
  const reader = new ReadableStream({ start(c) { controller = c; } }).getReader();
  const reads = [reader.read(), reader.read(), reader.read()];
  controller.enqueue(1);
  controller.enqueue(2);
  controller.close();
  assert.deepStrictEqual(await Promise.all(reads), [
    { value: 1, done: false }, { value: 2, done: false }, { value: undefined, done: true },
  ]);
})().then(common.mustCall());

// An errored stream rejects reads and closed with the error, for every later reader too.
(async () => {
  const error = new Error('broken');
  let controller;
  const stream = new ReadableStream({ start(c) { controller = c; } });
  const reader = stream.getReader();
  const pending = reader.read();
  controller.error(error);
  await assert.rejects(pending, error);
  await assert.rejects(reader.read(), error);
  await assert.rejects(reader.closed, error);
  reader.releaseLock();
  const second = stream.getReader();
  await assert.rejects(second.closed, error);
  second.releaseLock();
  await assert.rejects(stream.cancel(), error);
})().then(common.mustCall());

// releaseLock() rejects pending reads and closed; the chunks stay for the next reader.
(async () => {
  let controller;
  const stream = new ReadableStream({ start(c) { controller = c; } });
  const reader = stream.getReader();
  const pending = reader.read();
  const closed = reader.closed;
  reader.releaseLock();
  await assert.rejects(pending, invalidState('Releasing reader'));
  await assert.rejects(closed, invalidState('Reader released'));
  // The release rejected the reader's own closed promise.
  assert.strictEqual(reader.closed, closed);
  await assert.rejects(reader.read(), invalidState('The reader is not attached to a stream'));
  await assert.rejects(reader.cancel(), invalidState('The reader is not attached to a stream'));
  controller.enqueue('kept');
  assert.deepStrictEqual(await stream.getReader().read(), { value: 'kept', done: false });
})().then(common.mustCall());

// Releasing the reader of a closed stream: closed is replaced by a rejected promise.
(async () => {
  const stream = new ReadableStream({ start(c) { c.close(); } });
  const reader = stream.getReader();
  const closed = reader.closed;
  await closed;
  reader.releaseLock();
  assert.notStrictEqual(reader.closed, closed);
  await assert.rejects(reader.closed, invalidState('Reader released'));
})().then(common.mustCall());

// cancel(): the source's cancel() gets the reason; pending reads end with done.
(async () => {
  const stream = new ReadableStream({
    start(controller) { controller.enqueue('dropped'); },
    cancel: common.mustCall((reason) => assert.strictEqual(reason, 'enough')),
  });
  const reader = stream.getReader();
  assert.strictEqual(await reader.cancel('enough'), undefined);
  assert.deepStrictEqual(await reader.read(), { value: undefined, done: true });
  await reader.closed;
  // Cancelling again is a no-op that fulfills.
  assert.strictEqual(await reader.cancel(), undefined);
})().then(common.mustCall());

// Methods reject (or throw, for releaseLock) with a wrong `this`.
{
  const thisError = { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStreamDefaultReader' };
  const { prototype } = ReadableStreamDefaultReader;
  assert.rejects(prototype.read.call({}), thisError).then(common.mustCall());
  assert.rejects(prototype.cancel.call({}), thisError).then(common.mustCall());
  assert.throws(() => prototype.releaseLock.call({}), thisError);
  const byobReader = new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  assert.rejects(prototype.read.call(byobReader), thisError).then(common.mustCall());
}
{
  const thisError = { name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type ReadableStream' };
  const { prototype } = ReadableStream;
  for (const name of ['getReader', 'tee', 'values', 'pipeThrough']) {
    assert.throws(() => prototype[name].call({}), thisError);
  }
  assert.throws(() => Object.getOwnPropertyDescriptor(prototype, 'locked').get.call({}), thisError);
  assert.rejects(prototype.cancel.call({}), thisError).then(common.mustCall());
  assert.rejects(prototype.pipeTo.call({}), thisError).then(common.mustCall());
}
