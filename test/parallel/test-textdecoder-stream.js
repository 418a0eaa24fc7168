'use strict';
// TextDecoder with { stream: true }: characters split across chunks, the end of the stream,
// and where a byte order mark is removed.
require('../common');
const assert = require('assert');

function decodeChunks(decoder, chunks) {
  const out = chunks.map((chunk) => decoder.decode(new Uint8Array(chunk), { stream: true }));
  out.push(decoder.decode());
  return out;
}

assert.deepStrictEqual(decodeChunks(new TextDecoder(), [[0xe2, 0x82], [0xac]]), ['', '\u20ac', '']);
assert.deepStrictEqual(decodeChunks(new TextDecoder(), [[0xe2, 0x82]]), ['', '\ufffd']);
assert.deepStrictEqual(decodeChunks(new TextDecoder(), [[0xf0], [0x9f], [0x98], [0x80, 0x61]]),
                       ['', '', '', '\u{1f600}a', '']);
assert.deepStrictEqual(decodeChunks(new TextDecoder(), [[0xe2], [0x41]]), ['', '\ufffdA', '']);
assert.deepStrictEqual(decodeChunks(new TextDecoder(), [[0xe0], [0x80]]), ['', '\ufffd\ufffd', '']);

// Every split of a mixed text decodes to the whole.
const text = 'a\u00e9\u20ac\u{1f600}z';
const bytes = [...Buffer.from(text)];
for (let first = 0; first <= bytes.length; first++) {
  for (let second = first; second <= bytes.length; second++) {
    const decoder = new TextDecoder();
    const parts = decodeChunks(decoder, [bytes.slice(0, first), bytes.slice(first, second), bytes.slice(second)]);
    assert.strictEqual(parts.join(''), text, `${first} ${second}`);
  }
}

// fatal in a stream: an unfinished character at the end is an error.
assert.throws(() => decodeChunks(new TextDecoder('utf-8', { fatal: true }), [[0xe2, 0x82]]), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA', message: 'The encoded data was not valid for encoding utf-8',
});

// The byte order mark: removed once at the start of each stream.
const bom = new TextDecoder();
assert.deepStrictEqual([bom.decode(new Uint8Array([0xef]), { stream: true }),
                        bom.decode(new Uint8Array([0xbb, 0xbf, 0x61]), { stream: true }),
                        bom.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x62]), { stream: true }),
                        bom.decode()], ['', 'a', '\ufeffb', '']);
assert.strictEqual(bom.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x63])), 'c');

// UTF-16LE streams hold half units and high surrogates.
const utf16 = new TextDecoder('utf-16le');
assert.deepStrictEqual([utf16.decode(new Uint8Array([0x41]), { stream: true }),
                        utf16.decode(new Uint8Array([0x00, 0x3d]), { stream: true }),
                        utf16.decode(new Uint8Array([0xd8]), { stream: true }),
                        utf16.decode()], ['', 'A', '', '\ufffd']);
assert.deepStrictEqual(decodeChunks(new TextDecoder('utf-16le'), [[0x3d, 0xd8], [0x00, 0xde]]), ['', '\u{1f600}', '']);
assert.deepStrictEqual(decodeChunks(new TextDecoder('utf-16le'), [[0xff, 0xfe, 0x61], [0x00]]), ['', 'a', '']);
