'use strict';
// ReadableStreamDefaultController: enqueue/close/error in each state, desiredSize, the size
// function's failures, and when pull() is called.
const common = require('../common');
const assert = require('assert');

const closedError = {
  name: 'TypeError',
  code: 'ERR_INVALID_STATE',
  message: 'Invalid state: Controller is already closed',
};

function makeStream(strategy) {
  let controller;
  const stream = new ReadableStream({ start(c) { controller = c; } }, strategy);
  return { stream, controller };
}

// close() and enqueue() throw once closing was requested, after an error, or after cancel.
{
  const { controller } = makeStream();
  controller.close();
  assert.throws(() => controller.close(), closedError);
  assert.throws(() => controller.enqueue(1), closedError);
  // error() after close is silently ignored.
  controller.error(new Error('ignored'));
}
{
  const { controller } = makeStream();
  controller.error(new Error('x'));
  assert.throws(() => controller.close(), closedError);
  assert.throws(() => controller.enqueue(1), closedError);
  assert.strictEqual(controller.desiredSize, null);
}
{
  const { stream, controller } = makeStream();
  stream.cancel();
  assert.throws(() => controller.close(), closedError);
  assert.strictEqual(controller.desiredSize, 0);
}

// close() with queued chunks: the stream closes when the last one is read.
(async () => {
  const { stream, controller } = makeStream();
  controller.enqueue('a');
  controller.close();
  assert.throws(() => controller.enqueue('b'), closedError);
  const reader = stream.getReader();
  let closed = false;
  reader.closed.then(() => { closed = true; });
  await null;
  assert.strictEqual(closed, false);
  assert.deepStrictEqual(await reader.read(), { value: 'a', done: false });
  assert.strictEqual(closed, true);
  assert.strictEqual(controller.desiredSize, 0);
})().then(common.mustCall());

// desiredSize follows the queue.
{
  const { stream, controller } = makeStream({ highWaterMark: 3 });
  assert.strictEqual(controller.desiredSize, 3);
  controller.enqueue('a');
  controller.enqueue('b');
  assert.strictEqual(controller.desiredSize, 1);
  controller.enqueue('c');
  controller.enqueue('d');
  assert.strictEqual(controller.desiredSize, -1);
  const reader = stream.getReader();
  reader.read().then(common.mustCall(() => assert.strictEqual(controller.desiredSize, 0)));
}

// A chunk enqueued while a read waits goes straight to the read, not the queue.
{
  const { stream, controller } = makeStream({ highWaterMark: 0, size: common.mustNotCall() });
  stream.getReader().read().then(common.mustCall(({ value }) => assert.strictEqual(value, 'direct')));
  controller.enqueue('direct');
  assert.strictEqual(controller.desiredSize, 0);
}

// A throwing size() or an invalid size errors the stream and throws from enqueue().
for (const [size, expected] of [
  [() => { throw new Error('size failed'); }, { message: 'size failed' }],
  [() => NaN, { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'size' is invalid. Received NaN" }],
  [() => -1, { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'size' is invalid. Received -1" }],
  [() => Infinity, { name: 'RangeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'size' is invalid. Received Infinity" }],
]) {
  const { stream, controller } = makeStream({ size });
  let thrown;
  assert.throws(() => controller.enqueue('x'), (error) => {
    thrown = error;
    return assert.throws(() => { throw error; }, expected) === undefined;
  });
  assert.rejects(stream.getReader().closed, (error) => error === thrown).then(common.mustCall());
}

// error() rejects pending reads and drops the queue.
(async () => {
  const { stream, controller } = makeStream();
  controller.enqueue('lost');
  const error = new Error('failure');
  controller.error(error);
  controller.error(new Error('second call ignored'));
  await assert.rejects(stream.getReader().read(), error);
})().then(common.mustCall());

// error() without an argument errors with undefined.
(async () => {
  const { stream, controller } = makeStream();
  controller.error();
  await assert.rejects(stream.getReader().read(), (error) => error === undefined);
})().then(common.mustCall());

// pull() is called after start() until the queue reaches the high water mark, and again for
// each read that finds the queue empty.
(async () => {
  const pulls = [];
  let count = 0;
  const stream = new ReadableStream({
    pull(controller) {
      pulls.push(controller.desiredSize);
      controller.enqueue(count++);
    },
  }, { highWaterMark: 2 });
  await new Promise(setImmediate);
  assert.deepStrictEqual(pulls, [2, 1]);
  const reader = stream.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 0, done: false });
  await new Promise(setImmediate);
  assert.deepStrictEqual(pulls, [2, 1, 1]);
})().then(common.mustCall());

// With a high water mark of 0, pull() only runs for reads.
(async () => {
  let pulls = 0;
  const stream = new ReadableStream({
    pull(controller) {
      pulls++;
      controller.enqueue(pulls);
    },
  }, { highWaterMark: 0 });
  await new Promise(setImmediate);
  assert.strictEqual(pulls, 0);
  const reader = stream.getReader();
  assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
  await new Promise(setImmediate);
  assert.strictEqual(pulls, 1);
})().then(common.mustCall());

// Wrong `this`: a TypeError (node's message is an internal one).
{
  const { prototype } = ReadableStreamDefaultController;
  for (const name of ['close', 'enqueue', 'error']) assert.throws(() => prototype[name].call({}), TypeError);
  assert.throws(() => Object.getOwnPropertyDescriptor(prototype, 'desiredSize').get.call({}), TypeError);
}
