'use strict';
// pipeThrough(): returns the pair's readable side, accepts any { readable, writable } pair,
// passes the pipe options on, and checks its arguments synchronously.
const common = require('../common');
const assert = require('assert');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  {
    const transform = new TransformStream({ transform(chunk, controller) { controller.enqueue(chunk * 2); } });
    const readable = ReadableStream.from([1, 2, 3]);
    const output = readable.pipeThrough(transform);
    assert.strictEqual(output, transform.readable);
    assert.strictEqual(readable.locked, true);
    assert.strictEqual(transform.writable.locked, true);
    assert.deepStrictEqual(await collect(output), [2, 4, 6]);
  }

  // Any pair works; the options reach the pipe.
  {
    const log = [];
    const pair = {
      writable: new WritableStream({ write(chunk) { log.push(chunk); }, close() { log.push('close'); } }),
      readable: new ReadableStream(),
    };
    const readable = ReadableStream.from(['x']);
    assert.strictEqual(readable.pipeThrough(pair, { preventClose: true }), pair.readable);
    await new Promise(setImmediate);
    assert.deepStrictEqual(log, ['x']);
    assert.strictEqual(pair.writable.locked, false);
  }

  // The pipe's failure is not reported as an unhandled rejection.
  {
    const error = new Error('source failed');
    const output = new ReadableStream({ start(c) { c.error(error); } }).pipeThrough(new TransformStream());
    await assert.rejects(output.getReader().read(), error);
  }

  // A signal stops the pipe; the readable side errors with the reason.
  {
    const controller = new AbortController();
    const output = new ReadableStream().pipeThrough(new TransformStream(), { signal: controller.signal });
    controller.abort('stop');
    await assert.rejects(output.getReader().read(), (reason) => reason === 'stop');
  }
})().then(common.mustCall());

// Argument checks throw.
for (const [transform, message] of [
  [undefined, 'The "transform.readable" property must be an instance of ReadableStream. Received undefined'],
  [null, 'The "transform.readable" property must be an instance of ReadableStream. Received undefined'],
  [1, 'The "transform.readable" property must be an instance of ReadableStream. Received undefined'],
  [{ readable: new ReadableStream() }, 'The "transform.writable" property must be an instance of WritableStream. Received undefined'],
  [{ readable: new ReadableStream(), writable: {} }, 'The "transform.writable" property must be an instance of WritableStream. Received an instance of Object'],
  [{ readable: {}, writable: new WritableStream() }, 'The "transform.readable" property must be an instance of ReadableStream. Received an instance of Object'],
]) {
  assert.throws(() => new ReadableStream().pipeThrough(transform), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message,
  });
}
assert.throws(() => new ReadableStream().pipeThrough(new TransformStream(), 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new ReadableStream().pipeThrough(new TransformStream(), { signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received an instance of Object',
});
{
  const locked = new ReadableStream();
  locked.getReader();
  assert.throws(() => locked.pipeThrough(new TransformStream()), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The ReadableStream is locked',
  });
  const transform = new TransformStream();
  transform.writable.getWriter();
  const readable = new ReadableStream();
  assert.throws(() => readable.pipeThrough(transform), {
    code: 'ERR_INVALID_STATE', message: 'Invalid state: The WritableStream is locked',
  });
  assert.strictEqual(readable.locked, false);
}
