'use strict';
// TextDecoder for UTF-8: inputs, byte order marks, replacement and fatal mode.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.TextDecoder, TextDecoder);
const decoder = new TextDecoder();
assert.strictEqual(decoder.encoding, 'utf-8');
assert.strictEqual(decoder.fatal, false);
assert.strictEqual(decoder.ignoreBOM, false);

assert.strictEqual(decoder.decode(new Uint8Array([0xe2, 0x82, 0xac])), '\u20ac');
assert.strictEqual(decoder.decode(), '');
assert.strictEqual(decoder.decode(undefined), '');
assert.strictEqual(decoder.decode(new Uint8Array([0x61]).buffer), 'a');
assert.strictEqual(decoder.decode(new SharedArrayBuffer(1)), '\0');
assert.strictEqual(decoder.decode(new DataView(new Uint8Array([0x61, 0x62]).buffer, 1)), 'b');
assert.strictEqual(decoder.decode(new Uint16Array([0x6261])), 'ab');
assert.strictEqual(decoder.decode(Buffer.from('h\u00e9llo')), 'h\u00e9llo');
assert.strictEqual(decoder.decode(new Uint8Array(1), 5), '\0');
assert.strictEqual(decoder.decode(new Uint8Array(1), null), '\0');
for (const input of [null, 'abc', [], 5, {}]) {
  assert.throws(() => decoder.decode(input), (error) => {
    assert.strictEqual(error.name, 'TypeError');
    assert.strictEqual(error.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(error.message,
                       'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
    return true;
  });
}

// The byte order mark is removed unless ignoreBOM.
assert.strictEqual(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])), 'a');
assert.strictEqual(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])), '\ufeff');
assert.strictEqual(decoder.decode(new Uint8Array([0xef, 0xbb, 0xbf])), '');
assert.strictEqual(new TextDecoder('utf8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])),
                   '\ufeffa');

// Replacement: one U+FFFD per maximal invalid subpart.
const cases = [
  ['ff', '\ufffd'], ['c0af', '\ufffd\ufffd'], ['e282', '\ufffd'], ['e28241', '\ufffdA'], ['eda080', '\ufffd\ufffd\ufffd'],
  ['f4908080', '\ufffd\ufffd\ufffd\ufffd'], ['f09f98', '\ufffd'], ['efbfbd', '\ufffd'],
];
for (const [bytes, text] of cases) assert.strictEqual(decoder.decode(Buffer.from(bytes, 'hex')), text, bytes);

// fatal: malformed input throws (as node's C++ does: no code in the stack header).
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.decode(Buffer.from('efbfbd', 'hex')), '\ufffd');
assert.strictEqual(fatal.decode(Buffer.from('\u{10ffff}')), '\u{10ffff}');
for (const [bytes] of cases.slice(0, 7)) {
  assert.throws(() => fatal.decode(Buffer.from(bytes, 'hex')), (error) => {
    assert.strictEqual(error.name, 'TypeError');
    assert.strictEqual(error.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
    assert.strictEqual(error.message, 'The encoded data was not valid for encoding utf-8');
    assert.ok(error.stack.startsWith('TypeError: The encoded data'));
    return true;
  });
}
// The decoder is usable after an error.
assert.strictEqual(fatal.decode(Buffer.from('ok')), 'ok');

// Options are read as booleans.
assert.strictEqual(new TextDecoder('utf8', { fatal: 1 }).fatal, true);
assert.strictEqual(new TextDecoder('utf8', { ignoreBOM: 'x' }).ignoreBOM, true);
assert.strictEqual(new TextDecoder('utf8', null).fatal, false);
assert.throws(() => new TextDecoder('utf8', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
