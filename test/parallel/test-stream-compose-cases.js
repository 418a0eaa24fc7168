'use strict';
// compose(): one Duplex over a chain of streams and async generator functions.
const common = require('../common');
const assert = require('assert');
const { compose, Readable, Transform, Writable, PassThrough } = require('stream');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

assert.throws(() => compose(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "streams" argument must be specified',
});

(async () => {
  const double = new Transform({ objectMode: true, transform(c, e, cb) { cb(null, c * 2); } });
  const addOne = async function* (source) {
    for await (const chunk of source) yield chunk + 1;
  };
  const composed = compose(double, addOne);
  assert.strictEqual(composed.writable, true);
  assert.strictEqual(composed.readable, true);
  composed.write(1);
  composed.write(2);
  composed.end(3);
  assert.deepStrictEqual(await collect(composed), [3, 5, 7]);

  // A readable head makes a readable-only duplex.
  const source = compose(Readable.from([1, 2]), addOne);
  assert.strictEqual(source.writable, false);
  assert.deepStrictEqual(await collect(source), [2, 3]);

  // A writable tail makes a writable-only duplex.
  const seen = [];
  const sink = compose(addOne, new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      seen.push(chunk);
      cb();
    },
  }));
  assert.strictEqual(sink.readable, false);
  await new Promise((resolve) => sink.end(10, resolve));
  assert.deepStrictEqual(seen, [11]);

  // An error in a stage destroys the composed stream.
  const failing = compose(new PassThrough({ objectMode: true }), async function* (chunks) {
    for await (const chunk of chunks) {
      if (chunk === 'bad') throw new Error('stage failed');
      yield chunk;
    }
  });
  failing.write('bad');
  await assert.rejects(collect(failing), { message: 'stage failed' });

  // Stages that cannot be connected.
  assert.throws(() => compose(new Writable(), new PassThrough()), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'streams\[0\]' must be readable\. Received Writable/,
  });
  assert.throws(() => compose(new PassThrough(), Readable.from([])), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The argument 'streams\[1\]' must be writable\. Received Readable/,
  });

  // Readable.prototype.compose hands back a Readable.
  const viaMethod = Readable.from([1, 2]).compose(addOne);
  assert.ok(viaMethod instanceof Readable);
  assert.deepStrictEqual(await viaMethod.toArray(), [2, 3]);
})().then(common.mustCall());
