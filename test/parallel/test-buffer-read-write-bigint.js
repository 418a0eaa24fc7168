'use strict';
// 64-bit BigInt readers and writers.
require('../common');
const assert = require('assert');

const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 0x88]);
assert.strictEqual(b.readBigUInt64BE(), 72623859790382984n);
assert.strictEqual(b.readBigUInt64LE(0), 0x8807060504030201n);
assert.strictEqual(b.readBigInt64LE(), -(2n ** 64n) + 0x8807060504030201n);
assert.strictEqual(b.readBigInt64BE(), 72623859790382984n);

const edges = [
  ['BigUInt64', 0n, 2n ** 64n - 1n],
  ['BigInt64', -(2n ** 63n), 2n ** 63n - 1n],
];
for (const [kind, min, max] of edges) {
  for (const endian of ['LE', 'BE']) {
    const buffer = Buffer.alloc(9);
    for (const value of [min, max, 0n, 1n, max / 3n]) {
      assert.strictEqual(buffer[`write${kind}${endian}`](value, 1), 9);
      assert.strictEqual(buffer[`read${kind}${endian}`](1), value);
      const view = new DataView(buffer.buffer, buffer.byteOffset + 1, 8);
      const expected = kind === 'BigInt64' ? view.getBigInt64(0, endian === 'LE') : view.getBigUint64(0, endian === 'LE');
      assert.strictEqual(expected, value);
    }
  }
}
const full = Buffer.alloc(8);
full.writeBigInt64BE(-1n);
assert.deepStrictEqual([...full], [255, 255, 255, 255, 255, 255, 255, 255]);

const value = (range, received) => `The value of "value" is out of range. It must be ${range}. Received ${received}`;
assert.throws(() => Buffer.alloc(8).writeBigInt64LE(2n ** 63n), {
  code: 'ERR_OUT_OF_RANGE', message: value('>= -(2n ** 63n) and < 2n ** 63n', '9_223_372_036_854_775_808n'),
});
assert.throws(() => Buffer.alloc(8).writeBigUInt64LE(-1n), {
  code: 'ERR_OUT_OF_RANGE', message: value('>= 0n and < 2n ** 64n', '-1n'),
});
assert.throws(() => Buffer.alloc(8).writeBigUInt64BE(2n ** 64n), {
  code: 'ERR_OUT_OF_RANGE', message: value('>= 0n and < 2n ** 64n', '18_446_744_073_709_551_616n'),
});
assert.throws(() => Buffer.alloc(8).writeBigUInt64BE(5n, 1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => b.readBigInt64LE(1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => Buffer.alloc(8).writeBigInt64LE(1), { name: 'TypeError' });
assert.throws(() => Buffer.alloc(4).readBigUInt64LE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
