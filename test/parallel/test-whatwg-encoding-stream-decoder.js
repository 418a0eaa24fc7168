'use strict';
// TextDecoderStream: bytes in, strings out, with characters split across chunks, byte order
// marks, the fatal option, other encodings, bad chunks; its options and shape.
const common = require('../common');
const assert = require('assert');

async function decodeChunks(chunks, ...args) {
  const stream = new TextDecoderStream(...args);
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) writer.write(chunk);
  writer.close();
  const output = [];
  for await (const text of stream.readable) output.push(text);
  return output;
}

(async () => {
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0x68, 0x69])]), ['hi']);
  // A character split across chunks comes out whole; empty results are not enqueued.
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]), ['\u20ac']);
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0xf0]), new Uint8Array([]), new Uint8Array([0x9f, 0x98, 0x80])]), ['\u{1f600}']);
  // An unfinished character at the end becomes U+FFFD.
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0x61, 0xe2])]), ['a', '\ufffd']);
  // ArrayBuffers, DataViews and Buffers are accepted.
  assert.deepStrictEqual(await decodeChunks([
    new Uint8Array([0x41]).buffer,
    new DataView(new Uint8Array([0x42]).buffer),
    Buffer.from('C'),
  ]), ['A', 'B', 'C']);
  // The byte order mark is removed once, unless ignoreBOM.
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x61])]), ['a']);
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0xef, 0xbb, 0xbf, 0x61])], 'utf-8', { ignoreBOM: true }), ['\ufeffa']);
  // Other encodings.
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0x61, 0x00, 0xac]), new Uint8Array([0x20])], 'utf-16le'), ['a', '\u20ac']);
  assert.deepStrictEqual(await decodeChunks([new Uint8Array([0xe9, 0x80])], 'latin1'), ['\u00e9\u20ac']);

  // fatal: invalid bytes error the stream.
  {
    const stream = new TextDecoderStream('utf-8', { fatal: true });
    const writer = stream.writable.getWriter();
    const read = stream.readable.getReader().read();
    const expected = { name: 'TypeError', code: 'ERR_ENCODING_INVALID_ENCODED_DATA' };
    await assert.rejects(writer.write(new Uint8Array([0xff])), expected);
    await assert.rejects(read, expected);
  }
  {
    // An unfinished character at the close is an error too.
    const stream = new TextDecoderStream('utf-8', { fatal: true });
    const writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    const read = reader.read();
    writer.write(new Uint8Array([0xe2]));
    await assert.rejects(writer.close(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
    await assert.rejects(read, { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  }

  // Chunks that are not bytes error the stream.
  {
    const stream = new TextDecoderStream();
    const writer = stream.writable.getWriter();
    const read = stream.readable.getReader().read();
    await assert.rejects(writer.write('text'), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
    await assert.rejects(read, { code: 'ERR_INVALID_ARG_TYPE' });
  }
})().then(common.mustCall());

{
  const stream = new TextDecoderStream();
  assert.deepStrictEqual([stream.encoding, stream.fatal, stream.ignoreBOM], ['utf-8', false, false]);
  const options = new TextDecoderStream('UTF-16LE', { fatal: 1, ignoreBOM: 'yes' });
  assert.deepStrictEqual([options.encoding, options.fatal, options.ignoreBOM], ['utf-16le', true, true]);
  assert.strictEqual(new TextDecoderStream('latin1').encoding, 'windows-1252');
  assert.ok(stream.readable instanceof ReadableStream);
  assert.ok(stream.writable instanceof WritableStream);
  assert.throws(() => new TextDecoderStream('nope'), {
    name: 'RangeError',
    code: 'ERR_ENCODING_NOT_SUPPORTED',
    message: 'The "nope" encoding is not supported',
  });
  assert.throws(() => new TextDecoderStream('utf-8', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (1)',
  });
  for (const name of ['encoding', 'fatal', 'ignoreBOM', 'readable', 'writable']) {
    assert.throws(() => Object.getOwnPropertyDescriptor(TextDecoderStream.prototype, name).get.call({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type TextDecoderStream',
    });
  }
}
