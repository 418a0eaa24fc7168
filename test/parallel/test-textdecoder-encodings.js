'use strict';
// TextDecoder labels and the encodings besides UTF-8.
require('../common');
const assert = require('assert');
const util = require('util');

const labels = {
  'utf8': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'UTF-8 ': 'utf-8', '\tutf-8': 'utf-8', ' UtF8\n': 'utf-8',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'unicode': 'utf-16le', 'csunicode': 'utf-16le',
  'ucs-2': 'utf-16le', 'utf-16be': 'utf-16be', 'unicodefffe': 'utf-16be',
  'latin1': 'windows-1252', 'ascii': 'windows-1252', 'iso-8859-1': 'windows-1252', 'us-ascii': 'windows-1252',
  'iso-8859-2': 'iso-8859-2', 'l2': 'iso-8859-2', 'iso-8859-6-i': 'iso-8859-6', 'iso-8859-8-i': 'iso-8859-8-i',
  'koi8-r': 'koi8-r', 'koi': 'koi8-r', 'koi8-u': 'koi8-u', 'macintosh': 'macintosh', 'x-mac-ukrainian': 'x-mac-cyrillic',
  'iso-8859-11': 'windows-874', 'tis-620': 'windows-874', 'cp1250': 'windows-1250', 'windows-1258': 'windows-1258',
  'iso-8859-9': 'windows-1254', 'gb2312': 'gbk', 'x-gbk': 'gbk', 'gb18030': 'gb18030', 'big5-hkscs': 'big5',
  'sjis': 'shift_jis', 'euc-jp': 'euc-jp', 'iso-2022-jp': 'iso-2022-jp', 'ksc5601': 'euc-kr', 'windows-949': 'euc-kr',
  'ibm866': 'ibm866', 'iso-8859-15': 'iso-8859-15',
};
for (const [label, encoding] of Object.entries(labels)) {
  assert.strictEqual(new TextDecoder(label).encoding, encoding, JSON.stringify(label));
}
assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');

// Unknown labels name themselves; known but unsupported ones name their encoding.
for (const [label, shown] of [['bogus', 'bogus'], [null, 'null'], ['utf-8\u00a0', 'utf-8\u00a0'],
                              ['iso-2022-kr', 'replacement'], ['hz-gb-2312', 'replacement'],
                              ['x-user-defined', 'x-user-defined']]) {
  assert.throws(() => new TextDecoder(label), {
    code: 'ERR_ENCODING_NOT_SUPPORTED', name: 'RangeError', message: `The "${shown}" encoding is not supported`,
  });
}

// UTF-16: little and big endian, their byte order marks, unpaired surrogates.
const decode = (label, bytes, options) => new TextDecoder(label, options).decode(new Uint8Array(bytes));
assert.strictEqual(decode('utf-16le', [0x61, 0, 0xe9, 0]), 'a\u00e9');
assert.strictEqual(decode('utf-16le', [0xff, 0xfe, 0x61, 0]), 'a');
assert.strictEqual(decode('utf-16le', [0xff, 0xfe, 0x61, 0], { ignoreBOM: true }), '\ufeffa');
assert.strictEqual(decode('utf-16be', [0xfe, 0xff, 0, 0x61]), 'a');
assert.strictEqual(decode('utf-16be', [0, 0x61, 0, 0xe9]), 'a\u00e9');
assert.strictEqual(decode('utf-16le', [0x41, 0, 0x00, 0xd8, 0x42]), 'A\ufffd');
assert.strictEqual(decode('utf-16be', [0, 0x41, 0xd8, 0x00, 0x42]), 'A\ufffd');
assert.strictEqual(decode('utf-16le', [0x3d, 0xd8, 0x00, 0xde]), '\u{1f600}');
assert.throws(() => decode('utf-16le', [0x00, 0xd8], { fatal: true }), (error) => {
  assert.strictEqual(error.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
  assert.strictEqual(error.message, 'The encoded data was not valid for encoding utf-16le');
  return true;
});
assert.throws(() => decode('utf-16le', [0x61], { fatal: true }), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });

// Single-byte encodings (bytes below 0x80 and the Latin-1 letters agree across node versions).
const latin = [0x41, 0xe9, 0xa4];
assert.strictEqual(decode('windows-1252', latin), 'A\u00e9\u00a4');
assert.strictEqual(decode('latin1', latin), 'A\u00e9\u00a4');
assert.strictEqual(decode('iso-8859-2', [0x41, 0xa1, 0xff]), 'A\u0104\u02d9');
assert.strictEqual(decode('koi8-r', [0x41, 0xc1, 0xe1]), 'A\u0430\u0410');
assert.strictEqual(decode('windows-1251', [0xc0, 0xff]), '\u0410\u044f');
assert.strictEqual(decode('ibm866', [0x80, 0xa0]), '\u0410\u0430');
assert.strictEqual(decode('iso-8859-7', [0xe1]), '\u03b1');
assert.strictEqual(decode('windows-874', [0xa1]), '\u0e01');
// No byte order mark handling outside UTF-8 and UTF-16.
assert.strictEqual(decode('latin1', [0xef, 0xbb, 0xbf]).length, 3);

// Multi-byte legacy encodings.
assert.strictEqual(decode('shift_jis', [0x82, 0xa0]), '\u3042');
assert.strictEqual(decode('euc-jp', [0xa4, 0xa2]), '\u3042');
assert.strictEqual(decode('gbk', [0xc4, 0xe3]), '\u4f60');
assert.strictEqual(decode('gb18030', [0xc4, 0xe3, 0xba, 0xc3]), '\u4f60\u597d');
assert.strictEqual(decode('big5', [0xa4, 0x40]), '\u4e00');
assert.strictEqual(decode('euc-kr', [0xb0, 0xa1]), '\uac00');
assert.strictEqual(decode('iso-2022-jp', [0x1b, 0x24, 0x42, 0x24, 0x22, 0x1b, 0x28, 0x42, 0x61]), '\u3042a');
// Streaming across a two-byte character.
const sjis = new TextDecoder('shift_jis');
assert.deepStrictEqual([sjis.decode(new Uint8Array([0x82]), { stream: true }), sjis.decode(new Uint8Array([0xa0]))],
                       ['', '\u3042']);

// Options and input errors on this path.
assert.throws(() => new TextDecoder('utf-16le').decode(new Uint8Array(2), 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array(2), null), '\0');
for (const decoder of [new TextDecoder('utf-16le'), new TextDecoder('utf-8')]) {
  assert.throws(() => decoder.decode(5, { stream: true }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  });
}

// Receivers, shape and inspection.
assert.throws(() => TextDecoder(), TypeError);
assert.throws(() => TextDecoder.prototype.decode.call({}, new Uint8Array(1)), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextDecoder',
});
assert.throws(() => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get.call({}), {
  code: 'ERR_INVALID_THIS',
});
assert.strictEqual(Object.prototype.toString.call(new TextDecoder()), '[object TextDecoder]');
assert.deepStrictEqual(Object.keys(TextDecoder.prototype), ['decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: true }");
assert.strictEqual(util.inspect({ a: { b: { c: new TextDecoder() } } }), '{ a: { b: { c: [TextDecoder] } } }');
class MyDecoder extends TextDecoder {}
assert.strictEqual(util.inspect(new MyDecoder()), "MyDecoder { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
