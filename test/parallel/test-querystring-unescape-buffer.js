'use strict';
// querystring.unescapeBuffer: a Buffer of the decoded bytes; malformed escapes stay.
require('../common');
const assert = require('assert');
const qs = require('querystring');

const cases = [
  ['%41', 'A'], ['%%41', '%A'], ['%4%41', '%4A'], ['%zz', '%zz'], ['a%', 'a%'], ['%2B', '+'],
];
for (const [input, expected] of cases) {
  const buffer = qs.unescapeBuffer(input);
  assert.ok(Buffer.isBuffer(buffer));
  assert.strictEqual(buffer.toString(), expected);
}
assert.deepStrictEqual([...qs.unescapeBuffer('%E4%BD')], [0xe4, 0xbd]);
assert.strictEqual(qs.unescapeBuffer('a+b').toString(), 'a+b');
assert.strictEqual(qs.unescapeBuffer('a+b', true).toString(), 'a b');
// Each other character is one byte: the low eight bits of its code unit.
assert.deepStrictEqual([...qs.unescapeBuffer('é€😀\u0100')], [0xe9, 0xac, 0x3d, 0x00, 0x00]);
