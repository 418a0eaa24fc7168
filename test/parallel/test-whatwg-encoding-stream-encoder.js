'use strict';
// TextEncoderStream: strings in, UTF-8 Uint8Arrays out; surrogate pairs split across chunks,
// lone surrogates, empty chunks, non-string chunks; its shape.
const common = require('../common');
const assert = require('assert');

async function encodeChunks(chunks) {
  const stream = new TextEncoderStream();
  const writer = stream.writable.getWriter();
  for (const chunk of chunks) writer.write(chunk);
  writer.close();
  const output = [];
  for await (const bytes of stream.readable) {
    assert.ok(bytes instanceof Uint8Array);
    output.push([...bytes]);
  }
  return output;
}

(async () => {
  assert.deepStrictEqual(await encodeChunks(['a', '\u00e9', '\u20ac']), [[0x61], [0xc3, 0xa9], [0xe2, 0x82, 0xac]]);
  // A surrogate pair split across chunks is encoded once both halves are in.
  assert.deepStrictEqual(await encodeChunks(['\ud83d', '\ude00']), [[0xf0, 0x9f, 0x98, 0x80]]);
  assert.deepStrictEqual(await encodeChunks(['x\ud83d', '\ude00y']), [[0x78], [0xf0, 0x9f, 0x98, 0x80, 0x79]]);
  // Empty chunks produce nothing, even between the halves of a pair.
  assert.deepStrictEqual(await encodeChunks(['', '\ud83d', '', '\ude00']), [[0xf0, 0x9f, 0x98, 0x80]]);
  // Lone surrogates become U+FFFD, including a high surrogate left at the end.
  assert.deepStrictEqual(await encodeChunks(['a\ud800']), [[0x61], [0xef, 0xbf, 0xbd]]);
  assert.deepStrictEqual(await encodeChunks(['\ud800', 'b']), [[0xef, 0xbf, 0xbd, 0x62]]);
  assert.deepStrictEqual(await encodeChunks(['\udc00']), [[0xef, 0xbf, 0xbd]]);
  // Other values are converted to strings.
  assert.deepStrictEqual(await encodeChunks([5, null, { toString() { return 'o'; } }]), [[0x35], [0x6e, 0x75, 0x6c, 0x6c], [0x6f]]);

  // Through pipeThrough, and round trip with TextDecoderStream.
  {
    const text = ReadableStream.from(['h\u00e9', 'llo \ud83d', '\ude00'])
      .pipeThrough(new TextEncoderStream())
      .pipeThrough(new TextDecoderStream());
    let result = '';
    for await (const chunk of text) result += chunk;
    assert.strictEqual(result, 'h\u00e9llo \u{1f600}');
  }

  // String() conversion, as in node: a Symbol is encoded as its description.
  assert.deepStrictEqual(await encodeChunks([Symbol('s')]), [[...Buffer.from('Symbol(s)')]]);
  // A throwing toString() errors the stream.
  {
    const stream = new TextEncoderStream();
    const writer = stream.writable.getWriter();
    const read = stream.readable.getReader().read();
    const error = new Error('no string');
    writer.write({ toString() { throw error; } }).catch(common.mustCall((reason) => assert.strictEqual(reason, error)));
    await assert.rejects(read, error);
  }
})().then(common.mustCall());

{
  const stream = new TextEncoderStream();
  assert.strictEqual(stream.encoding, 'utf-8');
  assert.ok(stream.readable instanceof ReadableStream);
  assert.ok(stream.writable instanceof WritableStream);
  assert.strictEqual(stream.readable, stream.readable);
  for (const name of ['encoding', 'readable', 'writable']) {
    assert.throws(() => Object.getOwnPropertyDescriptor(TextEncoderStream.prototype, name).get.call({}), {
      name: 'TypeError',
      code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type TextEncoderStream',
    });
  }
}
