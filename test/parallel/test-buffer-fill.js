'use strict';
// buf.fill(value[, offset[, end]][, encoding]): numbers, strings in every encoding, bytes,
// ranges, and the errors.
require('../common');
const assert = require('assert');

const fill = (size, ...args) => [...Buffer.alloc(size).fill(...args)];

assert.deepStrictEqual(fill(6, 'a'), [0x61, 0x61, 0x61, 0x61, 0x61, 0x61]);
assert.deepStrictEqual(fill(6, 'ab', 1), [0, 0x61, 0x62, 0x61, 0x62, 0x61]);
assert.deepStrictEqual(fill(6, 'ab', 1, 4), [0, 0x61, 0x62, 0x61, 0, 0]);
assert.deepStrictEqual(fill(6, 'ab', 'hex'), [0xab, 0xab, 0xab, 0xab, 0xab, 0xab]);
assert.deepStrictEqual(fill(6, 'ab', 1, 'hex'), [0, 0xab, 0xab, 0xab, 0xab, 0xab]);
assert.deepStrictEqual(fill(6, 'ab', 1, 3, 'latin1'), [0, 0x61, 0x62, 0, 0, 0]);
assert.deepStrictEqual(fill(6, 'a', 'utf8', 5), [0x61, 0x61, 0x61, 0x61, 0x61, 0x61]);
assert.deepStrictEqual(fill(6, 'a', 0, 6, null), [0x61, 0x61, 0x61, 0x61, 0x61, 0x61]);
assert.deepStrictEqual(fill(6, '', 1), [0, 0, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(6, 'a', 6), [0, 0, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(6, 'a', 0, 0), [0, 0, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(6, 'ab', 'HEX'), [0xab, 0xab, 0xab, 0xab, 0xab, 0xab]);
assert.deepStrictEqual(fill(6, 'abc', 'hex'), [0xab, 0xab, 0xab, 0xab, 0xab, 0xab]);

// The string is encoded whole, then repeated and cut, even inside a character.
assert.deepStrictEqual(fill(6, '\u00e9'), [0xc3, 0xa9, 0xc3, 0xa9, 0xc3, 0xa9]);
assert.deepStrictEqual(fill(6, 'a\u00e9', 0, 2), [0x61, 0xc3, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(6, '\u00e9', 0, 1), [0xc3, 0, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(6, '\u{1f600}', 0, 3), [0xf0, 0x9f, 0x98, 0, 0, 0]);
assert.deepStrictEqual(fill(3, '\ud800'), [0xef, 0xbf, 0xbd]);
assert.deepStrictEqual(fill(2, '\u00e9', 'latin1'), [0xe9, 0xe9]);
assert.deepStrictEqual(fill(2, '\u00e9', 'ascii'), [0xe9, 0xe9]);
assert.deepStrictEqual(fill(5, '\u0100\u0101', 'ucs2'), [0x00, 0x01, 0x01, 0x01, 0x00]);
assert.deepStrictEqual(fill(5, 'a', 'ucs2'), [0x61, 0, 0x61, 0, 0x61]);
assert.deepStrictEqual(fill(5, 'a', 0, 1, 'ucs2'), [0x61, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(5, 'YQ', 'base64'), [0x61, 0x61, 0x61, 0x61, 0x61]);
assert.deepStrictEqual(fill(4, 'YWI', 'base64url'), [0x61, 0x62, 0x61, 0x62]);

// Numbers keep their low byte; other values are made numbers.
assert.deepStrictEqual(fill(3, 257.9), [1, 1, 1]);
assert.deepStrictEqual(fill(3, 256.9), [0, 0, 0]);
assert.deepStrictEqual(fill(3, -1.5), [255, 255, 255]);
assert.deepStrictEqual(fill(3, NaN), [0, 0, 0]);
assert.deepStrictEqual(fill(3, true), [1, 1, 1]);
assert.deepStrictEqual(fill(3, {}), [0, 0, 0]);
assert.deepStrictEqual(fill(3, [7]), [7, 7, 7]);
assert.deepStrictEqual(fill(3, null), [0, 0, 0]);
assert.deepStrictEqual(fill(3, undefined), [0, 0, 0]);
assert.throws(() => Buffer.alloc(3).fill(2n), { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });
// A number ignores the encoding.
assert.deepStrictEqual(fill(3, 1, 0, 3, 'bad'), [1, 1, 1]);

// Views give their bytes.
assert.deepStrictEqual(fill(6, Buffer.from([1, 2, 3, 4])), [1, 2, 3, 4, 1, 2]);
assert.deepStrictEqual(fill(3, new Uint8Array([9])), [9, 9, 9]);
assert.deepStrictEqual(fill(6, new Uint16Array([0x102])), [2, 1, 2, 1, 2, 1]);
const dataView = new DataView(new ArrayBuffer(2));
dataView.setUint8(0, 7);
assert.deepStrictEqual(fill(4, dataView), [7, 0, 7, 0]);
// Filling from itself works on a copy of the pattern.
const self = Buffer.from([1, 2, 0, 0, 0, 0]);
self.fill(self.subarray(0, 2), 2);
assert.deepStrictEqual([...self], [1, 2, 1, 2, 1, 2]);

// Returns the buffer; works on any Uint8Array.
const target = Buffer.alloc(2);
assert.strictEqual(target.fill(1), target);
assert.deepStrictEqual(Buffer.prototype.fill.call(new Uint8Array(3), 'ab'), new Uint8Array([0x61, 0x62, 0x61]));
assert.deepStrictEqual([...Buffer.alloc(0).fill(1, 0, 0)], []);

// Ranges.
assert.deepStrictEqual(fill(6, 1, 7), [0, 0, 0, 0, 0, 0]);
assert.deepStrictEqual(fill(6, 1, 3, 2), [0, 0, 0, 0, 0, 0]);
const range = (name, max, received) =>
  `The value of "${name}" is out of range. It must be >= 0 && <= ${max}. Received ${received}`;
assert.throws(() => Buffer.alloc(6).fill(1, -1), { code: 'ERR_OUT_OF_RANGE', message: range('offset', 4294967296, -1) });
assert.throws(() => Buffer.alloc(6).fill(1, 0, 7), { code: 'ERR_OUT_OF_RANGE', message: range('end', 6, 7) });
assert.throws(() => Buffer.alloc(6).fill(1, 0, -1), { code: 'ERR_OUT_OF_RANGE', message: range('end', 6, -1) });
assert.throws(() => Buffer.alloc(6).fill(1, 0, 2 ** 32), { code: 'ERR_OUT_OF_RANGE', message: range('end', 6, 4294967296) });
assert.throws(() => Buffer.alloc(6).fill(1, 0, 2 ** 53), {
  code: 'ERR_OUT_OF_RANGE', message: range('end', 6, '9_007_199_254_740_992'),
});
assert.throws(() => Buffer.alloc(6).fill(1, 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.alloc(6).fill(1, Infinity), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received Infinity',
});
assert.throws(() => Buffer.alloc(6).fill(1, '1'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(6).fill(1, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received null',
});
assert.throws(() => Buffer.alloc(6).fill(1, 0, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "end" argument must be of type number. Received null',
});

// Values that give no bytes, and bad encodings.
for (const [value, encoding, shown] of [['zz', 'hex', "'zz'"], ['a', 'base64', "'a'"], ['=', 'base64', "'='"]]) {
  assert.throws(() => Buffer.alloc(6).fill(value, encoding), {
    code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError', message: `The argument 'value' is invalid. Received ${shown}`,
  });
}
assert.throws(() => Buffer.alloc(6).fill(Buffer.alloc(0)), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received <Buffer >",
});
assert.throws(() => Buffer.alloc(6).fill('a', 0, 6, 'bad'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bad',
});
assert.throws(() => Buffer.alloc(6).fill('a', 0, 6, 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "encoding" argument must be of type string. Received type number (5)',
});
