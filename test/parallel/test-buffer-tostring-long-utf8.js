'use strict';
// toString() of long UTF-8 (from 1 MiB on, where the result is built outside V8's heap):
// every kind of character decodes exactly, Latin-1-only text too, and invalid sequences still
// become U+FFFD one maximal subpart at a time.
require('../common');
const assert = require('assert');

const pieces = ['ascii text ', 'caf\u00e9 \u00ff ', '\u20ac\u4f60\u597d ', '\u{1f600}\u{10ffff} ', '\u0100\u07ff\u0800\uffff '];
for (const kinds of [[0, 1], [0, 2], [0, 1, 2, 3], [4], [3]]) {
  let text = '';
  let i = 0;
  while (text.length < (1 << 20) + 17) text += pieces[kinds[i++ % kinds.length]];
  const bytes = Buffer.from(text);
  assert.ok(bytes.length >= 1 << 20);
  assert.strictEqual(bytes.toString(), text);
  assert.strictEqual(bytes.toString('utf8', 3, bytes.length - 5), Buffer.from(bytes.subarray(3, bytes.length - 5)).toString());
  // The same text with a broken sequence in the middle.
  const broken = Buffer.concat([bytes.subarray(0, 1000), Buffer.from([0xe2, 0x82, 0x41, 0xf0, 0x9f, 0xc0]), bytes.subarray(1000)]);
  const decoded = broken.toString();
  assert.strictEqual(decoded, bytes.subarray(0, 1000).toString() + '\ufffdA\ufffd\ufffd' + bytes.subarray(1000).toString());
}
// Latin-1-only text (all below U+0100) round-trips.
let latin1 = '';
for (let i = 0; latin1.length < (1 << 20) + 3; i++) latin1 += String.fromCharCode(32 + (i % 224));
assert.strictEqual(Buffer.from(latin1).toString(), latin1);
