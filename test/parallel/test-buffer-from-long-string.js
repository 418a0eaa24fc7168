'use strict';
// Buffer.from(string) of long strings (the ones not taken from the pool): ASCII, Latin-1 and
// two-byte text, flat or built by concatenation, around the pool's size limit, all encode to
// exactly the UTF-8 a plain reference encoder gives.
require('../common');
const assert = require('assert');

const { referenceUtf8 } = require('../common/utf8');

const pieces = ['plain ascii text ', 'caf\u00e9 cr\u00e8me \u00ff\u0080 ', '\u20ac\u{1f600} ', 'x', '\ud800 lone '];
let seed = 7;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

for (const target of [4095, 4096, 4097, 8191, 20000, 70000]) {
  for (const kinds of [[0], [0, 1], [1], [0, 1, 2], [3], [0, 4]]) {
    let text = '';
    while (text.length < target) text += pieces[kinds[random(kinds.length)]];
    text = text.slice(0, target);
    const expected = referenceUtf8(text);
    assert.deepStrictEqual(Buffer.from(text), expected);
    assert.deepStrictEqual(Buffer.from(text, 'utf8'), expected);
    assert.strictEqual(Buffer.byteLength(text), expected.length);
    // Converting the same (concatenated) string again gives the same bytes.
    assert.deepStrictEqual(Buffer.from(text), expected);
  }
}

// Latin-1 characters from 0x80 to 0xff each become two bytes.
let latin1 = '';
for (let i = 0; i < 20000; i++) latin1 += String.fromCharCode(i & 0xff);
assert.deepStrictEqual(Buffer.from(latin1), referenceUtf8(latin1));
assert.strictEqual(Buffer.from(latin1).toString(), latin1);
