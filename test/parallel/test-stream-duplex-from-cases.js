'use strict';
// Duplex.from() over the kinds of values it accepts.
const common = require('../common');
const assert = require('assert');
const { Duplex, Readable, Writable, PassThrough } = require('stream');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  // A duplex is returned as it is.
  const pass = new PassThrough();
  assert.strictEqual(Duplex.from(pass), pass);

  // An iterable: readable only.
  const fromArray = Duplex.from(['a', 'b']);
  assert.strictEqual(fromArray.writable, false);
  assert.deepStrictEqual(await collect(fromArray), ['a', 'b']);

  // A promise: its value is the only chunk.
  assert.deepStrictEqual(await collect(Duplex.from(Promise.resolve('only'))), ['only']);

  // An async generator function transforms what is written.
  const upper = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  upper.write('x');
  upper.end('y');
  assert.deepStrictEqual(await collect(upper), ['X', 'Y']);

  // An async function consumes what is written.
  const seen = [];
  const consumer = Duplex.from(async function(source) {
    for await (const chunk of source) seen.push(chunk);
  });
  await new Promise((resolve) => consumer.end('z', resolve));
  assert.deepStrictEqual(seen, ['z']);
  assert.strictEqual(consumer.readable, false);

  // A { readable, writable } pair.
  const written = [];
  const pair = Duplex.from({
    readable: Readable.from(['r1', 'r2']),
    writable: new Writable({
      objectMode: true,
      write(chunk, encoding, cb) {
        written.push(chunk);
        cb();
      },
    }),
  });
  pair.end('w1');
  assert.deepStrictEqual(await collect(pair), ['r1', 'r2']);
  assert.deepStrictEqual(written, ['w1']);

  // A readable alone, a writable alone.
  assert.deepStrictEqual(await collect(Duplex.from(Readable.from([1]))), [1]);
  const writableOnly = Duplex.from(new Writable({ write(c, e, cb) { cb(); } }));
  assert.strictEqual(writableOnly.readable, false);

  // Errors.
  assert.throws(() => Duplex.from(42), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "body" argument must be of type function or an instance of Blob, ' +
             'ReadableStream, WritableStream, Stream, Iterable, AsyncIterable, or Promise or ' +
             '{ readable, writable } pair. Received type number (42)',
  });
  assert.throws(() => Duplex.from(() => 42), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected Iterable, AsyncIterable or AsyncFunction to be returned from the "body" ' +
             'function but got type number (42).',
  });
  const failing = Duplex.from(Promise.reject(new Error('rejected')));
  await assert.rejects(collect(failing), { message: 'rejected' });
})().then(common.mustCall());
