'use strict';
// Byte-mode writes: strings are encoded to Buffers unless decodeStrings is false, typed
// arrays are viewed as Buffers, and writableLength counts bytes.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  const received = [];
  const w = new Writable({
    write(chunk, encoding, cb) {
      received.push([chunk, encoding]);
      cb();
    },
  });
  w.write('héllo');
  w.write('6869', 'hex');
  w.write(new Uint16Array([0x6261]));
  w.write(Buffer.from('z'), 'latin1');
  w.end();
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(received.map(([chunk]) => chunk.toString('latin1')),
                           ['hÃ©llo', 'hi', 'ab', 'z']);
    for (const [chunk, encoding] of received) {
      assert.ok(Buffer.isBuffer(chunk));
      assert.strictEqual(encoding, 'buffer');
    }
  }));
}

{
  const received = [];
  const w = new Writable({
    decodeStrings: false,
    defaultEncoding: 'latin1',
    write(chunk, encoding, cb) {
      received.push(`${chunk}:${encoding}`);
      cb();
    },
  });
  w.write('a');
  w.write('b', 'hex');
  w.setDefaultEncoding('BASE64');
  assert.strictEqual(w._writableState.defaultEncoding, 'base64');
  w.write('c');
  w.end(common.mustCall(() => {
    assert.deepStrictEqual(received, ['a:latin1', 'b:hex', 'c:base64']);
  }));
}

{
  // writableLength counts bytes, not characters.
  const w = new Writable({ write(chunk, encoding, cb) {} });
  w.write('€');
  w.write('€');
  assert.strictEqual(w.writableLength, 6);
  assert.strictEqual(w.writableHighWaterMark, 16384);
  assert.strictEqual(w.writableObjectMode, false);
  assert.deepStrictEqual(w.writableBuffer.map((entry) => entry.chunk.length), [3]);
}

{
  // _writev() gets the queued chunks with their encodings.
  const w = new Writable({
    decodeStrings: false,
    write(chunk, encoding, cb) { cb(); },
    writev: common.mustCall((chunks, cb) => {
      assert.deepStrictEqual(chunks.map(({ chunk, encoding }) => [String(chunk), encoding]),
                             [['a', 'utf8'], ['b', 'buffer']]);
      assert.strictEqual(chunks.allBuffers, false);
      cb();
    }),
  });
  w.cork();
  w.write('a');
  w.write(Buffer.from('b'));
  w.uncork();
}
