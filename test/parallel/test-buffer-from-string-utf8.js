'use strict';
// Buffer.from(string) as UTF-8 for strings of every length up to past the pooled range, with
// one- to four-byte characters and lone surrogates, against an encoder written here.
require('../common');
const assert = require('assert');

const { referenceUtf8 } = require('../common/utf8');

const units = ['a', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff', '\u{1f600}', '\ud800',
               '\udc00', 'a\u00e9', '\u20aca', '\ud83d\ude00\ud83d'];
for (const unit of units) {
  for (let count = 0; count <= 40; count++) {
    const text = unit.repeat(count);
    const encoded = Buffer.from(text);
    assert.deepStrictEqual(encoded, referenceUtf8(text), `${JSON.stringify(unit)} x ${count}`);
    assert.strictEqual(encoded.length, Buffer.byteLength(text));
    assert.strictEqual(encoded.toString(), referenceUtf8(text).toString());
  }
}
// Many short strings in a row share the pool without overlapping.
const made = [];
for (let i = 0; i < 3000; i++) made.push([`s${i}\u00e9`, Buffer.from(`s${i}\u00e9`)]);
for (const [text, buffer] of made) assert.strictEqual(buffer.toString(), text);
// Longer strings take the other paths.
for (const length of [1000, 1365, 1366, 2000, 5000, 100000]) {
  const text = 'x\u00e9\u20ac\u{1f600}'.repeat(length / 5 | 0);
  assert.deepStrictEqual(Buffer.from(text), referenceUtf8(text));
}
