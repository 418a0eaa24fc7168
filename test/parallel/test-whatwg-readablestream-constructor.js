'use strict';
// new ReadableStream(source, strategy): argument checks and their errors, how the source's
// callbacks are called, and the queuing strategy's defaults.
const common = require('../common');
const assert = require('assert');

function assertInvalidArgType(fn, message) {
  assert.throws(fn, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
}

// Any object (arrays and functions too) is a source; null and primitives are not.
for (const source of [undefined, {}, [], function() {}]) new ReadableStream(source);
assertInvalidArgType(() => new ReadableStream(null),
                     'The "source" argument must be of type object. Received null');
assertInvalidArgType(() => new ReadableStream(1),
                     'The "source" argument must be of type object. Received type number (1)');
for (const name of ['pull', 'cancel', 'start']) {
  assert.throws(() => new ReadableStream({ [name]: 1 }), TypeError);
}
assertInvalidArgType(() => new ReadableStream({ pull: 1 }),
                     'The "source.pull" property must be of type function. Received type number (1)');
assertInvalidArgType(() => new ReadableStream({ cancel: 'x' }),
                     'The "source.cancel" property must be of type function. Received type string (\'x\')');

// type: only 'bytes' (after string conversion) or undefined.
for (const type of ['x', null, '', 'Bytes']) {
  assert.throws(() => new ReadableStream({ type }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'source.type' is invalid. Received ${require('util').inspect(type)}`,
  });
}
assert.strictEqual(new ReadableStream({ type: undefined }).getReader().constructor, ReadableStreamDefaultReader);
assert.strictEqual(new ReadableStream({ type: { toString() { return 'bytes'; } } })
  .getReader({ mode: 'byob' }).constructor, ReadableStreamBYOBReader);

// Strategies: null or any object.
new ReadableStream({}, null);
new ReadableStream({}, []);
assertInvalidArgType(() => new ReadableStream({}, 1),
                     'The "strategy" argument must be of type object. Received type number (1)');
for (const [highWaterMark, shown] of [[-1, '-1'], [NaN, 'NaN'], ['a', 'NaN']]) {
  assert.throws(() => new ReadableStream({}, { highWaterMark }), {
    name: 'RangeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'strategy.highWaterMark' is invalid. Received ${shown}`,
  });
}
assertInvalidArgType(() => new ReadableStream({}, { size: 1 }),
                     'The "strategy.size" property must be of type function. Received type number (1)');
assert.throws(() => new ReadableStream({ type: 'bytes' }, { size() { return 1; } }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'strategy.size' is invalid. Received [Function: size]",
});
assert.throws(() => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'source.autoAllocateChunkSize' is invalid. Received 0",
});

// Default high water marks: 1 chunk, or 0 bytes for byte streams; strings are converted.
function desiredSizeAtStart(source, strategy) {
  let desiredSize;
  new ReadableStream({ ...source, start(controller) { desiredSize = controller.desiredSize; } }, strategy);
  return desiredSize;
}
assert.strictEqual(desiredSizeAtStart({}), 1);
assert.strictEqual(desiredSizeAtStart({ type: 'bytes' }), 0);
assert.strictEqual(desiredSizeAtStart({}, { highWaterMark: '3' }), 3);
assert.strictEqual(desiredSizeAtStart({}, { highWaterMark: Infinity }), Infinity);
assert.strictEqual(desiredSizeAtStart({ type: 'bytes' }, { highWaterMark: 16 }), 16);

// The size function's result is converted to a number.
{
  let controller;
  new ReadableStream({ start(c) { controller = c; } }, { highWaterMark: 5, size() { return '2'; } });
  controller.enqueue('x');
  assert.strictEqual(controller.desiredSize, 3);
}

// start() runs synchronously with the source as `this`; an exception escapes the constructor.
{
  const source = {
    start: common.mustCall(function(controller) {
      assert.strictEqual(this, source);
      assert.strictEqual(arguments.length, 1);
      assert.ok(controller instanceof ReadableStreamDefaultController);
    }),
  };
  new ReadableStream(source);
  const error = new Error('start failed');
  assert.throws(() => new ReadableStream({ start() { throw error; } }), error);
}

// pull() and cancel() get the source as `this`; the callbacks are read once, when the
// stream is made.
{
  const source = {
    pull: common.mustCall(function(controller) {
      assert.strictEqual(this, source);
      assert.strictEqual(arguments.length, 1);
      assert.ok(controller instanceof ReadableStreamDefaultController);
    }),
    cancel: common.mustCall(function(reason) {
      assert.strictEqual(this, source);
      assert.deepStrictEqual([...arguments], ['why']);
    }),
  };
  const stream = new ReadableStream(source);
  source.pull = common.mustNotCall();
  source.cancel = common.mustNotCall();
  setImmediate(() => stream.cancel('why').then(common.mustCall()));
}

// cancel() without a reason passes undefined; its result settles stream.cancel().
{
  const stream = new ReadableStream({ cancel: common.mustCall((reason) => assert.strictEqual(reason, undefined)) });
  stream.cancel().then(common.mustCall((value) => assert.strictEqual(value, undefined)));
  const failing = new ReadableStream({ cancel() { throw new Error('no'); } });
  assert.rejects(failing.cancel(), { message: 'no' }).then(common.mustCall());
  const rejecting = new ReadableStream({ cancel() { return Promise.reject(new Error('late no')); } });
  assert.rejects(rejecting.cancel(), { message: 'late no' }).then(common.mustCall());
}

// A rejected start() promise errors the stream; pull() then never runs.
{
  const error = new Error('start rejected');
  const stream = new ReadableStream({ start() { return Promise.reject(error); }, pull: common.mustNotCall() });
  assert.rejects(stream.getReader().read(), error).then(common.mustCall());
}

// pull() waits for start() and is not called again until its promise settles.
{
  const log = [];
  let finishStart;
  let finishPull;
  const stream = new ReadableStream({
    start() {
      log.push('start');
      return new Promise((resolve) => { finishStart = resolve; });
    },
    pull(controller) {
      log.push('pull');
      return new Promise((resolve) => {
        finishPull = () => { controller.enqueue('chunk'); resolve(); };
      });
    },
  }, { highWaterMark: 2 });
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(log, ['start']);
    finishStart();
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(log, ['start', 'pull']);
      finishPull();
      setImmediate(common.mustCall(() => {
        assert.deepStrictEqual(log, ['start', 'pull', 'pull']);
        stream.cancel();
      }));
    }));
  }));
}

// A rejected or throwing pull() errors the stream.
for (const pull of [() => { throw new Error('pull failed'); }, () => Promise.reject(new Error('pull failed'))]) {
  const stream = new ReadableStream({ pull });
  assert.rejects(stream.getReader().closed, { message: 'pull failed' }).then(common.mustCall());
}
