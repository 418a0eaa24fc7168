'use strict';
// indexOf with byte needles over random haystacks of a two-letter alphabet (many near
// matches), against a naive search.
require('../common');
const assert = require('assert');

let seed = 1;
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
for (let round = 0; round < 3000; round++) {
  const len = rand(3000);
  const hay = Buffer.alloc(len);
  for (let i = 0; i < len; i++) hay[i] = 97 + rand(2);
  const nlen = 1 + rand(12);
  const needle = Buffer.alloc(nlen);
  for (let i = 0; i < nlen; i++) needle[i] = 97 + rand(2);
  const from = rand(len + 2);
  let expected = -1;
  for (let p = from; p + nlen <= len; p++) { if (hay.subarray(p, p + nlen).equals(needle)) { expected = p; break; } }
  const got = hay.indexOf(needle, from);
  assert.strictEqual(got, expected, `round ${round}: ${len} ${nlen} ${from}`);
}
