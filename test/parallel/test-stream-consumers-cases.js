'use strict';
// stream/consumers over node streams, async iterables and mixed string/byte chunks.
const common = require('../common');
const assert = require('assert');
const { Readable, PassThrough } = require('stream');
const consumers = require('stream/consumers');

assert.deepStrictEqual(Object.keys(consumers), ['arrayBuffer', 'blob', 'buffer', 'text', 'json']);

(async () => {
  const euro = Buffer.from('€');
  // A multi-byte character split across chunks.
  const split = () => Readable.from([euro.subarray(0, 1), euro.subarray(1), Buffer.from('!')]);
  assert.strictEqual(await consumers.text(split()), '€!');
  assert.deepStrictEqual(await consumers.buffer(split()), Buffer.from('€!'));
  const ab = await consumers.arrayBuffer(split());
  assert.ok(ab instanceof ArrayBuffer);
  assert.strictEqual(ab.byteLength, 4);
  const blob = await consumers.blob(split());
  assert.strictEqual(blob.size, 4);
  assert.strictEqual(await blob.text(), '€!');

  // Strings and async generators.
  async function* parts() {
    yield '{"a":';
    yield Buffer.from('[1,2]}');
  }
  assert.deepStrictEqual(await consumers.json(parts()), { a: [1, 2] });

  // An empty stream, and a failing one.
  const empty = new PassThrough();
  empty.end();
  assert.strictEqual(await consumers.text(empty), '');
  const failing = new Readable({ read() { this.destroy(new Error('broken')); } });
  await assert.rejects(consumers.text(failing), { message: 'broken' });
  await assert.rejects(consumers.json(Readable.from(['not json'])), { name: 'SyntaxError' });
})().then(common.mustCall());
