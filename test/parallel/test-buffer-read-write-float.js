'use strict';
// Float and double readers and writers, special values and errors.
require('../common');
const assert = require('assert');

const b = Buffer.alloc(8);
assert.strictEqual(b.writeDoubleBE(Math.PI), 8);
assert.deepStrictEqual([...b], [0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]);
assert.strictEqual(b.readDoubleBE(), Math.PI);
assert.strictEqual(b.writeDoubleLE(Math.PI), 8);
assert.deepStrictEqual([...b], [0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40]);
assert.strictEqual(b.readDoubleLE(0), Math.PI);
assert.strictEqual(b.writeFloatLE(1.5, 4), 8);
assert.deepStrictEqual([...b.subarray(4)], [0, 0, 0xc0, 0x3f]);
assert.strictEqual(b.readFloatLE(4), 1.5);
assert.strictEqual(b.writeFloatBE(1.5, 4), 8);
assert.deepStrictEqual([...b.subarray(4)], [0x3f, 0xc0, 0, 0]);
assert.strictEqual(b.readFloatBE(4), 1.5);

const special = Buffer.alloc(8);
special.writeFloatLE('x');
assert.deepStrictEqual([...special.subarray(0, 4)], [0, 0, 0xc0, 0x7f]);
assert.ok(Number.isNaN(special.readFloatLE()));
special.writeDoubleBE(Infinity);
assert.deepStrictEqual([...special], [0x7f, 0xf0, 0, 0, 0, 0, 0, 0]);
special.writeFloatBE(1e40);
assert.deepStrictEqual([...special.subarray(0, 4)], [0x7f, 0x80, 0, 0]);
special.writeDoubleLE(-0);
assert.ok(Object.is(special.readDoubleLE(), -0));
special.writeFloatLE(0.1);
assert.strictEqual(special.readFloatLE(), Math.fround(0.1));
special.writeDoubleLE(Number.MIN_VALUE);
assert.strictEqual(special.readDoubleLE(), Number.MIN_VALUE);

// Compared with DataView at every offset of an unaligned view.
const backing = Buffer.alloc(21);
const unaligned = backing.subarray(1);
const view = new DataView(unaligned.buffer, unaligned.byteOffset, unaligned.length);
for (let offset = 0; offset <= 12; offset++) {
  unaligned.writeDoubleLE(offset * 1.25 - 3, offset);
  assert.strictEqual(view.getFloat64(offset, true), offset * 1.25 - 3);
  unaligned.writeFloatBE(offset / 8, offset);
  assert.strictEqual(view.getFloat32(offset, false), offset / 8);
  view.setFloat64(offset, -offset / 3, false);
  assert.strictEqual(unaligned.readDoubleBE(offset), -offset / 3);
}

const offsetRange = (last, received) =>
  `The value of "offset" is out of range. It must be >= 0 and <= ${last}. Received ${received}`;
assert.throws(() => b.readDoubleLE(1), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(0, 1) });
assert.throws(() => b.readFloatBE(5), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(4, 5) });
assert.throws(() => b.writeFloatLE(1.5, 5), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(4, 5) });
assert.throws(() => b.writeDoubleBE(1, -1), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(0, -1) });
assert.throws(() => b.readFloatLE('0'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received type string (\'0\')',
});
assert.throws(() => Buffer.alloc(3).writeDoubleLE(1), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.alloc(3).readFloatLE(), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
