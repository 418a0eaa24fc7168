'use strict';
// Decoding base64 and hex follows node's lenient rules for every input, whether a string is
// long clean runs (decoded a block at a time) or full of characters outside the alphabet:
// here thousands of generated strings are checked against a plain reference decoder.
require('../common');
const assert = require('assert');

const values = new Map();
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach((c, i) => values.set(c, i));
values.set('-', 62);
values.set('_', 63);

// Both alphabets at once; '=' ends the data; anything else is skipped; leftover bits dropped.
function referenceBase64(text) {
  const bytes = [];
  let bits = 0;
  let count = 0;
  for (const c of text) {
    if (c === '=') break;
    const value = values.get(c);
    if (value === undefined) continue;
    bits = (bits << 6) | value;
    count += 6;
    if (count >= 8) {
      count -= 8;
      bytes.push((bits >> count) & 0xff);
      bits &= (1 << count) - 1;
    }
  }
  return Buffer.from(bytes);
}

// Pairs of hex digits until the first pair that is not two digits.
function referenceHex(text) {
  const bytes = [];
  for (let i = 0; i + 1 < text.length; i += 2) {
    const pair = text.slice(i, i + 2);
    if (!/^[0-9a-fA-F]{2}$/.test(pair)) break;
    bytes.push(parseInt(pair, 16));
  }
  return Buffer.from(bytes);
}

let seed = 20261130;
function random(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_';
const hexDigits = '0123456789abcdefABCDEF';
// Junk includes each neighbour of the alphabet's ranges (the nibble tables' edges).
const junk = ' \n\r\t=.!*\u00e9\u0100~@`[{:;?,\x7f\u0080\u00ff\x00\x1f';

for (let round = 0; round < 2000; round++) {
  const junkRate = [0, 0, 40, 150][random(4)];
  const pick = (from) => (junkRate && random(junkRate) === 0 ? junk[random(junk.length)] : from[random(from.length)]);
  let text = '';
  for (let i = random(260); i > 0; i--) text += pick(alphabet);
  const expected = referenceBase64(text);
  assert.deepStrictEqual(Buffer.from(text, 'base64'), expected, text);
  assert.deepStrictEqual(Buffer.from(text, 'base64url'), expected, text);

  // write() into less room than the data needs stops at the room.
  const target = Buffer.alloc(random(80));
  const written = target.write(text, 'base64');
  assert.strictEqual(written, Math.min(target.length, expected.length));
  assert.deepStrictEqual(target.subarray(0, written), expected.subarray(0, written));

  let hex = '';
  for (let i = random(200); i > 0; i--) hex += pick(hexDigits);
  assert.deepStrictEqual(Buffer.from(hex, 'hex'), referenceHex(hex), hex);
}

// Long data round-trips, also split into MIME lines, and hex stops at the first bad pair.
const big = Buffer.alloc(300000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7919) & 0xff;
const base64 = big.toString('base64');
assert.deepStrictEqual(Buffer.from(base64, 'base64'), big);
assert.deepStrictEqual(Buffer.from(big.toString('base64url'), 'base64'), big);
assert.deepStrictEqual(Buffer.from(base64.replace(/.{76}/g, '$&\r\n'), 'base64'), big);
const hex = big.toString('hex');
assert.deepStrictEqual(Buffer.from(hex, 'hex'), big);
assert.deepStrictEqual(Buffer.from(hex.slice(0, 1001) + 'zz' + hex.slice(1001), 'hex'), big.subarray(0, 500));
