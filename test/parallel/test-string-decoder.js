'use strict';
// StringDecoder: encodings, held bytes (lastChar/lastNeed/lastTotal), end(), text().
require('../common');
const assert = require('assert');
const util = require('util');
const { StringDecoder } = require('string_decoder');

const d = new StringDecoder('utf8');
assert.strictEqual(d.encoding, 'utf8');
assert.deepStrictEqual(d.lastChar, Buffer.alloc(4));
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.lastTotal, 0);
assert.deepStrictEqual(Object.keys(d), ['encoding']);
assert.deepStrictEqual(Object.getOwnPropertyNames(StringDecoder.prototype),
                       ['constructor', 'write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);

assert.strictEqual(d.write(Buffer.from([0xe2, 0x82])), '');
assert.deepStrictEqual([...d.lastChar], [0xe2, 0x82, 0, 0]);
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.lastTotal, 3);
assert.ok(Buffer.isBuffer(d.lastChar));
assert.strictEqual(d.write(Buffer.from([0xac, 0x41])), '\u20acA');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.lastTotal, 0);
d.write(Buffer.from([0xf0, 0x9f]));
assert.strictEqual(d.end(), '\ufffd');
assert.strictEqual(d.lastNeed, 0);
assert.strictEqual(d.write(Buffer.from('a')), 'a');

const run = (encoding, chunks, endChunk) => {
  const decoder = new StringDecoder(encoding);
  const out = chunks.map((chunk) => decoder.write(Buffer.from(chunk)));
  out.push(endChunk === undefined ? decoder.end() : decoder.end(Buffer.from(endChunk)));
  return out;
};
// UTF-8: the lead byte decides how many bytes to wait for; a non-continuation byte ends the
// wait, and what was held decodes as V8 decodes it.
assert.deepStrictEqual(run('utf8', [[0xff, 0x41, 0xc3]]), ['\ufffdA', '\ufffd']);
assert.deepStrictEqual(run('utf8', [[0xe2, 0x41]]), ['\ufffdA', '']);
assert.deepStrictEqual(run('utf8', [[0xe2], [0x41]]), ['', '\ufffdA', '']);
assert.deepStrictEqual(run('utf8', [[0xe2, 0x82], [0xe2]]), ['', '\ufffd', '\ufffd']);
assert.deepStrictEqual(run('utf8', [[0xed, 0xa0], [0x80]]), ['', '\ufffd\ufffd\ufffd', '']);
assert.deepStrictEqual(run('utf8', [[0xe2]], [0x82, 0xac]), ['', '\u20ac']);
assert.deepStrictEqual(run('utf8', [[0xf0, 0x9f], [0x41, 0x42]]), ['', '\ufffdAB', '']);
assert.deepStrictEqual(run('utf8', [[0xc0, 0x80], [0xe0], [0x80]]), ['\ufffd\ufffd', '', '', '\ufffd\ufffd']);
assert.deepStrictEqual(run('utf8', [[0x80, 0x80]]), ['\ufffd\ufffd', '']);
assert.deepStrictEqual(run('utf8', [[0xf4], [0x90]]), ['', '', '\ufffd\ufffd']);
const four = new StringDecoder();
assert.strictEqual(four.write(Buffer.from([0xf0])), '');
assert.deepStrictEqual([four.lastNeed, four.lastTotal], [3, 4]);
assert.strictEqual(four.write(Buffer.from([0x9f, 0x98])), '');
assert.strictEqual(four.lastNeed, 1);
assert.strictEqual(four.write(Buffer.from([0x80])), '\u{1f600}');

// UTF-16LE: half units and high surrogates wait.
assert.deepStrictEqual(run('ucs2', [[0x61], [0x00, 0x3d, 0xd8], [0x00, 0xde]]), ['', 'a', '\u{1f600}', '']);
assert.deepStrictEqual(run('utf16le', [[0x3d, 0xd8]]), ['', '\ud83d']);
assert.deepStrictEqual(run('utf16le', [[0x61, 0x00, 0x62]]), ['a', '']);
assert.deepStrictEqual(run('utf16le', [[0x3d], [0xd8], [0x00], [0xde]]), ['', '\ud83d', '', '\ude00', '']);
assert.deepStrictEqual(run('utf16le', [[0x3d, 0xd8, 0x61, 0x00]]), ['\ud83da', '']);

// base64: groups of three bytes; end() pads (base64url does not).
assert.deepStrictEqual(run('base64', [[0x61, 0x62], [0x63, 0x64]]), ['', 'YWJj', 'ZA==']);
assert.deepStrictEqual(run('base64url', [[0x61, 0x62]]), ['', 'YWI']);
const base64 = new StringDecoder('base64');
base64.write(Buffer.from('abcd'));
assert.deepStrictEqual([base64.lastNeed, base64.lastTotal, base64.lastChar[0]], [2, 3, 0x64]);

// Stateless encodings.
assert.deepStrictEqual(run('hex', [[1, 2]], [255]), ['0102', 'ff']);
assert.deepStrictEqual(run('latin1', [[0xe9]]), ['\u00e9', '']);
assert.deepStrictEqual(run('binary', [[0xe9]]), ['\u00e9', '']);
assert.deepStrictEqual(run('ascii', [[0xe9]]), ['i', '']);

// Encoding names.
assert.strictEqual(new StringDecoder().encoding, 'utf8');
assert.strictEqual(new StringDecoder(null).encoding, 'utf8');
assert.strictEqual(new StringDecoder('UTF-16LE').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('ucs-2').encoding, 'utf16le');
assert.strictEqual(new StringDecoder('binary').encoding, 'latin1');
for (const [encoding, shown] of [['bad', 'bad'], [5, '5'], ['utf-16', 'utf-16']]) {
  assert.throws(() => new StringDecoder(encoding), {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: `Unknown encoding: ${shown}`,
  });
}

// Inputs: strings pass through; views are read as bytes.
assert.strictEqual(new StringDecoder().write('abc'), 'abc');
assert.strictEqual(new StringDecoder().end('x'), 'x');
assert.strictEqual(new StringDecoder().end(), '');
assert.strictEqual(new StringDecoder().write(new Uint8Array([0x61])), 'a');
assert.strictEqual(new StringDecoder().write(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(new StringDecoder().write(new DataView(new ArrayBuffer(1))), '\0');
assert.strictEqual(new StringDecoder().write(Buffer.alloc(0)), '');
for (const [value, shown] of [[5, 'type number (5)'], [new ArrayBuffer(1), 'an instance of ArrayBuffer'],
                              [undefined, 'undefined']]) {
  assert.throws(() => new StringDecoder().write(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received ${shown}`,
  });
}

// text(buf, offset) drops what was held and decodes from offset.
const text = new StringDecoder();
assert.strictEqual(text.text(Buffer.from('abc'), 1), 'bc');
text.write(Buffer.from([0xe2]));
assert.strictEqual(text.text(Buffer.from([0x82, 0xac, 0x41]), 0), '\ufffd\ufffdA');

assert.throws(() => StringDecoder('utf8'), TypeError);
assert.match(util.inspect(new StringDecoder()), /^StringDecoder {\n {2}encoding: 'utf8',\n/);
