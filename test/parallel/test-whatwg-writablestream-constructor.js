'use strict';
// new WritableStream(sink, strategy): argument checks, how the sink's callbacks are called,
// and the controller's signal and error().
const common = require('../common');
const assert = require('assert');

for (const sink of [undefined, {}, [], function() {}]) new WritableStream(sink);
assert.throws(() => new WritableStream(null), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "sink" argument must be of type object. Received null',
});
for (const name of ['write', 'close', 'abort']) {
  assert.throws(() => new WritableStream({ [name]: 1 }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "sink.${name}" property must be of type function. Received type number (1)`,
  });
}
assert.throws(() => new WritableStream({ start: 1 }), TypeError);
assert.throws(() => new WritableStream({ type: 1 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' is invalid. Received 1",
});
new WritableStream({ type: undefined });
new WritableStream({}, null);
assert.throws(() => new WritableStream({}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "strategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new WritableStream({}, { highWaterMark: -1 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
assert.throws(() => new WritableStream({}, { size: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

// Callbacks: `this` is the sink; write gets (chunk, controller), close nothing, abort the
// reason.
(async () => {
  let controller;
  const sink = {
    start: common.mustCall(function(c) {
      assert.strictEqual(this, sink);
      assert.ok(c instanceof WritableStreamDefaultController);
      controller = c;
    }),
    write: common.mustCall(function(chunk, c) {
      assert.strictEqual(this, sink);
      assert.strictEqual(arguments.length, 2);
      assert.strictEqual(chunk, 'data');
      assert.strictEqual(c, controller);
    }),
    close: common.mustCall(function() {
      assert.strictEqual(this, sink);
      assert.strictEqual(arguments.length, 0);
    }),
  };
  const writer = new WritableStream(sink).getWriter();
  await writer.write('data');
  await writer.close();

  const abortSink = {
    abort: common.mustCall(function(reason) {
      assert.strictEqual(this, abortSink);
      assert.deepStrictEqual([...arguments], ['reason']);
    }),
  };
  await new WritableStream(abortSink).abort('reason');
})().then(common.mustCall());

// A throwing start() escapes the constructor; a rejected one errors the stream.
{
  const error = new Error('start failed');
  assert.throws(() => new WritableStream({ start() { throw error; } }), error);
  const writer = new WritableStream({ start() { return Promise.reject(error); }, write: common.mustNotCall() }).getWriter();
  assert.rejects(writer.write('x'), error).then(common.mustCall());
  assert.rejects(writer.closed, error).then(common.mustCall());
}

// Writes wait for start().
(async () => {
  const log = [];
  let finishStart;
  const writer = new WritableStream({
    start() { return new Promise((resolve) => { finishStart = resolve; }); },
    write(chunk) { log.push(chunk); },
  }).getWriter();
  const written = writer.write('a');
  await new Promise(setImmediate);
  assert.deepStrictEqual(log, []);
  finishStart();
  await written;
  assert.deepStrictEqual(log, ['a']);
})().then(common.mustCall());

// The controller's signal aborts with the abort reason, before the sink's abort().
(async () => {
  let controller;
  const log = [];
  const stream = new WritableStream({
    start(c) { controller = c; },
    abort(reason) { log.push(`sink abort ${reason} ${controller.signal.aborted}`); },
  });
  assert.ok(controller.signal instanceof AbortSignal);
  assert.strictEqual(controller.signal.aborted, false);
  controller.signal.addEventListener('abort', () => log.push(`signal ${controller.signal.reason}`));
  await stream.abort('R');
  assert.deepStrictEqual(log, ['signal R', 'sink abort R true']);
  // abort() without a reason: the sink gets undefined, the signal an AbortError.
  let second;
  const other = new WritableStream({ start(c) { second = c; }, abort: common.mustCall((reason) => assert.strictEqual(reason, undefined)) });
  await other.abort();
  assert.strictEqual(second.signal.reason.name, 'AbortError');
})().then(common.mustCall());

// controller.error() errors a writable stream, and is ignored afterwards.
(async () => {
  let controller;
  const stream = new WritableStream({ start(c) { controller = c; } });
  const error = new Error('sink broke');
  controller.error(error);
  controller.error(new Error('ignored'));
  const writer = stream.getWriter();
  await assert.rejects(writer.closed, error);
  await assert.rejects(writer.write('x'), error);
  assert.strictEqual(writer.desiredSize, null);
  // After a close, error() does nothing.
  let closedController;
  const closed = new WritableStream({ start(c) { closedController = c; } });
  await closed.close();
  closedController.error(new Error('late'));
  await closed.getWriter().closed;
})().then(common.mustCall());

// Wrong `this`.
{
  const thisError = (name) => ({ name: 'TypeError', code: 'ERR_INVALID_THIS', message: `Value of "this" must be of type ${name}` });
  assert.throws(() => WritableStream.prototype.getWriter.call({}), thisError('WritableStream'));
  assert.throws(() => Object.getOwnPropertyDescriptor(WritableStream.prototype, 'locked').get.call({}), thisError('WritableStream'));
  assert.rejects(WritableStream.prototype.abort.call({}), thisError('WritableStream')).then(common.mustCall());
  assert.rejects(WritableStream.prototype.close.call({}), thisError('WritableStream')).then(common.mustCall());
}
