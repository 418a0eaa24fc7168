'use strict';
// Buffer.byteLength of a string in UTF-8 equals the bytes Buffer.from() writes for it, for
// short strings as for long ones: surrogate pairs are four bytes, a lone surrogate (written as
// U+FFFD) three, at the start, the end or the middle of the string.
require('../common');
const assert = require('assert');

const pieces = ['a', '\u007f', '\u0080', '\u00e9', '\u07ff', '\u0800', '\u20ac', '\uffff',
                '\ud83d\ude00', '\ud800', '\udc00', '\udc00\ud800', '\ud800a', 'a\udbff'];
const samples = [];
for (const first of pieces) {
  samples.push(first);
  for (const second of pieces) samples.push(first + second, `${first}xyz${second}`);
}
for (let length = 28; length <= 36; length++) {
  samples.push('x'.repeat(length), '\u00e9'.repeat(length), `${'y'.repeat(length - 1)}\ud83d`);
}
for (const text of samples) {
  const expected = Buffer.from(text, 'utf8').length;
  assert.strictEqual(Buffer.byteLength(text), expected, JSON.stringify(text));
  assert.strictEqual(Buffer.byteLength(text, 'utf8'), expected);
  assert.strictEqual(Buffer.byteLength(text, 'utf-8'), expected);
}
