'use strict';
// TransformStream: construction and argument checks, transform/flush/start/cancel callbacks,
// the identity transform, the controller's enqueue/error/terminate/desiredSize, and how
// errors and cancellation travel between the two sides.
const common = require('../common');
const assert = require('assert');

const invalidState = (message) => ({ name: 'TypeError', code: 'ERR_INVALID_STATE', message: `Invalid state: ${message}` });

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

// Argument checks.
for (const transformer of [undefined, {}, [], function() {}]) new TransformStream(transformer);
assert.throws(() => new TransformStream(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "transformer" argument must be of type object. Received null',
});
for (const name of ['transform', 'flush', 'cancel']) {
  assert.throws(() => new TransformStream({ [name]: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "transformer.${name}" property must be of type function. Received type number (1)`,
  });
}
assert.throws(() => new TransformStream({ start: 1 }), TypeError);
for (const name of ['readableType', 'writableType']) {
  assert.throws(() => new TransformStream({ [name]: 'bytes' }), {
    name: 'RangeError',
    code: 'ERR_INVALID_ARG_VALUE',
    message: `The property 'transformer.${name}' is invalid. Received 'bytes'`,
  });
}
assert.throws(() => new TransformStream({}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "writableStrategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new TransformStream({}, {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "readableStrategy" argument must be of type object. Received type number (1)',
});
assert.throws(() => new TransformStream({}, { highWaterMark: -1 }), {
  name: 'RangeError',
  message: "The property 'strategy.highWaterMark' is invalid. Received -1",
});
{
  const error = new Error('start failed');
  assert.throws(() => new TransformStream({ start() { throw error; } }), error);
}

(async () => {
  // The identity transform passes chunks through.
  {
    const { readable, writable } = new TransformStream();
    const writer = writable.getWriter();
    writer.write('a');
    writer.write({ b: 1 });
    writer.close();
    assert.deepStrictEqual(await collect(readable), ['a', { b: 1 }]);
  }

  // transform() and flush(): `this` is the transformer; enqueue any number of chunks.
  {
    const transformer = {
      transform: common.mustCall(function(chunk, controller) {
        assert.strictEqual(this, transformer);
        assert.ok(controller instanceof TransformStreamDefaultController);
        for (const character of chunk) controller.enqueue(character);
      }, 2),
      flush: common.mustCall(function(controller) {
        assert.strictEqual(this, transformer);
        assert.strictEqual(arguments.length, 1);
        controller.enqueue('end');
      }),
    };
    const { readable, writable } = new TransformStream(transformer);
    const writer = writable.getWriter();
    writer.write('ab');
    writer.write('c');
    writer.close();
    assert.deepStrictEqual(await collect(readable), ['a', 'b', 'c', 'end']);
  }

  // Asynchronous transforms run one at a time.
  {
    const log = [];
    const { readable, writable } = new TransformStream({
      async transform(chunk, controller) {
        log.push(`start ${chunk}`);
        await new Promise((resolve) => setTimeout(resolve, 1));
        log.push(`end ${chunk}`);
        controller.enqueue(chunk);
      },
    });
    const writer = writable.getWriter();
    writer.write(1);
    writer.write(2);
    writer.close();
    assert.deepStrictEqual(await collect(readable), [1, 2]);
    assert.deepStrictEqual(log, ['start 1', 'end 1', 'start 2', 'end 2']);
  }

  // Backpressure: with the default strategies one write is accepted before the readable side
  // is read, and transform() waits for a read.
  {
    const log = [];
    const { readable, writable } = new TransformStream({
      transform(chunk, controller) {
        log.push(`transform ${chunk}`);
        controller.enqueue(chunk);
      },
    });
    const writer = writable.getWriter();
    assert.strictEqual(writer.desiredSize, 1);
    writer.write(1);
    assert.strictEqual(writer.desiredSize, 0);
    await new Promise(setImmediate);
    assert.deepStrictEqual(log, []);
    const reader = readable.getReader();
    assert.deepStrictEqual(await reader.read(), { value: 1, done: false });
    assert.deepStrictEqual(log, ['transform 1']);
  }

  // desiredSize is the readable side's.
  {
    let controller;
    new TransformStream({ start(c) { controller = c; } }, undefined, { highWaterMark: 2 });
    assert.strictEqual(controller.desiredSize, 2);
    controller.enqueue(1);
    assert.strictEqual(controller.desiredSize, 1);
    controller.error('E');
    assert.strictEqual(controller.desiredSize, null);
    assert.throws(() => controller.enqueue(2), invalidState('Unable to enqueue'));
    controller.terminate();
    controller.error('again');
  }

  // A throwing transform() errors both sides.
  {
    const error = new Error('transform failed');
    const { readable, writable } = new TransformStream({ transform() { throw error; } });
    const writer = writable.getWriter();
    const reader = readable.getReader();
    const read = reader.read();
    await assert.rejects(writer.write('x'), error);
    await assert.rejects(read, error);
    await assert.rejects(writer.closed, error);
  }

  // A failing flush() errors the readable side and rejects close().
  {
    const error = new Error('flush failed');
    const { readable, writable } = new TransformStream({ flush() { throw error; } });
    const writer = writable.getWriter();
    const reader = readable.getReader();
    await assert.rejects(writer.close(), error);
    await assert.rejects(reader.closed, error);
  }

  // controller.error(): both sides error with the reason.
  {
    const { readable, writable } = new TransformStream({
      transform(chunk, controller) { controller.error(`bad ${chunk}`); },
    });
    const writer = writable.getWriter();
    const read = readable.getReader().read();
    // The write itself completed: transform() returned normally.
    await writer.write('chunk');
    await assert.rejects(read, (reason) => reason === 'bad chunk');
    await assert.rejects(writer.closed, (reason) => reason === 'bad chunk');
  }

  // terminate(): the readable side closes, the writable side errors.
  {
    let controller;
    const { readable, writable } = new TransformStream({ start(c) { controller = c; } });
    controller.enqueue('last');
    controller.terminate();
    assert.deepStrictEqual(await collect(readable), ['last']);
    const writer = writable.getWriter();
    await assert.rejects(writer.write('x'), invalidState('TransformStream has been terminated'));
    await assert.rejects(writer.closed, invalidState('TransformStream has been terminated'));
    assert.throws(() => controller.enqueue('more'), invalidState('Unable to enqueue'));
  }

  // Cancelling the readable side calls cancel() and errors the writable side with the reason.
  {
    const { readable, writable } = new TransformStream({
      cancel: common.mustCall((reason) => assert.strictEqual(reason, 'not interested')),
      flush: common.mustNotCall(),
    });
    await readable.cancel('not interested');
    await assert.rejects(writable.getWriter().closed, (reason) => reason === 'not interested');
  }

  // Aborting the writable side calls cancel() and errors the readable side with the reason.
  {
    const { readable, writable } = new TransformStream({
      cancel: common.mustCall((reason) => assert.strictEqual(reason, 'stop')),
    });
    await writable.abort('stop');
    await assert.rejects(readable.getReader().closed, (reason) => reason === 'stop');
  }

  // A failing cancel() errors the other side with its error.
  {
    const error = new Error('cancel failed');
    const { readable, writable } = new TransformStream({ cancel() { throw error; } });
    await assert.rejects(readable.cancel('x'), error);
    await assert.rejects(writable.getWriter().closed, error);
  }

  // An enqueue beyond a failing size() errors the stream and throws.
  {
    let controller;
    const error = new Error('size failed');
    const { writable } = new TransformStream({ start(c) { controller = c; } }, undefined, { size() { throw error; } });
    assert.throws(() => controller.enqueue(1), error);
    await assert.rejects(writable.getWriter().closed, error);
  }

  // start() returning a promise delays the first transform.
  {
    const log = [];
    let finishStart;
    const { readable, writable } = new TransformStream({
      start() { return new Promise((resolve) => { finishStart = resolve; }); },
      transform(chunk, controller) {
        log.push(chunk);
        controller.enqueue(chunk);
      },
    });
    writable.getWriter().write('x');
    const read = readable.getReader().read();
    await new Promise(setImmediate);
    assert.deepStrictEqual(log, []);
    finishStart();
    assert.deepStrictEqual(await read, { value: 'x', done: false });
  }
})().then(common.mustCall());

// Wrong `this`.
{
  assert.throws(() => Object.getOwnPropertyDescriptor(TransformStream.prototype, 'readable').get.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TransformStream',
  });
  for (const name of ['enqueue', 'error', 'terminate']) {
    assert.throws(() => TransformStreamDefaultController.prototype[name].call({}), {
      code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TransformStreamDefaultController',
    });
  }
}
