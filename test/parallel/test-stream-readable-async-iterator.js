'use strict';
// for await over a Readable: chunks in order, errors thrown into the loop, and leaving the
// loop early destroying the stream (unless destroyOnReturn is false).
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

async function collect(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

(async () => {
  assert.deepStrictEqual(await collect(Readable.from([1, 2, 3])), [1, 2, 3]);

  // Asynchronous pushes.
  let n = 0;
  const slow = new Readable({
    objectMode: true,
    read() { setImmediate(() => this.push(++n <= 3 ? n : null)); },
  });
  assert.deepStrictEqual(await collect(slow), [1, 2, 3]);

  // An error is thrown into the loop after the chunks before it.
  const failing = new Readable({ objectMode: true, read() {} });
  failing.push('a');
  setImmediate(() => failing.destroy(new Error('kaboom')));
  const seen = [];
  await assert.rejects(async () => {
    for await (const chunk of failing) seen.push(chunk);
  }, { message: 'kaboom' });
  assert.deepStrictEqual(seen, ['a']);

  // break destroys the unfinished stream with an AbortError.
  const infinite = new Readable({ objectMode: true, read() { this.push('x'); } });
  infinite.on('close', common.mustCall());
  infinite.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
  }));
  for await (const chunk of infinite) {
    assert.strictEqual(chunk, 'x');
    break;
  }
  assert.strictEqual(infinite.destroyed, true);

  // destroyOnReturn: false keeps it alive for another loop.
  const kept = Readable.from([1, 2, 3, 4]);
  for await (const chunk of kept.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(chunk, 1);
    break;
  }
  assert.strictEqual(kept.destroyed, false);
  assert.deepStrictEqual(await collect(kept), [2, 3, 4]);

  // Premature close.
  const closed = new Readable({ objectMode: true, read() {} });
  setImmediate(() => closed.destroy());
  await assert.rejects(collect(closed), { code: 'ERR_STREAM_PREMATURE_CLOSE', message: 'Premature close' });

  // The iterator object and its options.
  const r = Readable.from(['z']);
  const it = r[Symbol.asyncIterator]();
  assert.strictEqual(it.stream, r);
  assert.deepStrictEqual(await it.next(), { value: 'z', done: false });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.throws(() => r.iterator(1), { code: 'ERR_INVALID_ARG_TYPE' });

  // An old-style stream is wrapped.
  const EE = require('events');
  const old = new EE();
  const wrapped = Readable.prototype[Symbol.asyncIterator].call(old);
  setImmediate(() => {
    old.emit('data', 'one');
    old.emit('end');
  });
  const oldChunks = [];
  for await (const chunk of wrapped) oldChunks.push(chunk);
  assert.deepStrictEqual(oldChunks, ['one']);
})().then(common.mustCall());
