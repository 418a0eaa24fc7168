'use strict';
// Fixed-width integer readers and writers: values against DataView, range and bounds errors.
require('../common');
const assert = require('assert');

const bytes = Buffer.from([1, 2, 3, 4, 5, 6, 7, 0x88]);
const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
for (let offset = 0; offset < 8; offset++) {
  assert.strictEqual(bytes.readUInt8(offset), view.getUint8(offset));
  assert.strictEqual(bytes.readInt8(offset), view.getInt8(offset));
  if (offset <= 6) {
    assert.strictEqual(bytes.readUInt16LE(offset), view.getUint16(offset, true));
    assert.strictEqual(bytes.readUInt16BE(offset), view.getUint16(offset, false));
    assert.strictEqual(bytes.readInt16LE(offset), view.getInt16(offset, true));
    assert.strictEqual(bytes.readInt16BE(offset), view.getInt16(offset, false));
  }
  if (offset <= 4) {
    assert.strictEqual(bytes.readUInt32LE(offset), view.getUint32(offset, true));
    assert.strictEqual(bytes.readUInt32BE(offset), view.getUint32(offset, false));
    assert.strictEqual(bytes.readInt32LE(offset), view.getInt32(offset, true));
    assert.strictEqual(bytes.readInt32BE(offset), view.getInt32(offset, false));
  }
}
assert.strictEqual(bytes.readUInt8(), 1);
assert.strictEqual(bytes.readInt8(7), -120);
assert.strictEqual(bytes.readInt32LE(4), -2012805627);

// The Uint spellings are the same functions.
for (const name of ['readUInt8', 'readUInt16LE', 'readUInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUIntLE',
                    'readUIntBE', 'writeUInt8', 'writeUInt16LE', 'writeUInt16BE', 'writeUInt32LE',
                    'writeUInt32BE', 'writeUIntLE', 'writeUIntBE', 'readBigUInt64LE', 'readBigUInt64BE',
                    'writeBigUInt64LE', 'writeBigUInt64BE']) {
  assert.strictEqual(Buffer.prototype[name.replace('UInt', 'Uint')], Buffer.prototype[name], name);
}

// Writes: the value is converted to a number and truncated; the result is offset + width.
function write(method, value, offset) {
  const buffer = Buffer.alloc(8);
  const next = offset === undefined ? buffer[method](value) : buffer[method](value, offset);
  return [next, [...buffer]];
}
assert.deepStrictEqual(write('writeUInt8', 255), [1, [255, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt8', 1.5), [1, [1, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt8', '1'), [1, [1, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt8', NaN), [1, [0, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt8', undefined), [1, [0, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeInt8', -1, 7), [8, [0, 0, 0, 0, 0, 0, 0, 255]]);
assert.deepStrictEqual(write('writeUInt16BE', 257.9), [2, [1, 1, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt16LE', 0x1234, 6), [8, [0, 0, 0, 0, 0, 0, 0x34, 0x12]]);
assert.deepStrictEqual(write('writeInt16LE', -2), [2, [0xfe, 0xff, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeInt16BE', -2), [2, [0xff, 0xfe, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt32LE', 0xdeadbeef), [4, [0xef, 0xbe, 0xad, 0xde, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt32BE', 0xdeadbeef, 4), [8, [0, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef]]);
assert.deepStrictEqual(write('writeInt32LE', -1.5), [4, [0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeInt32BE', -0x80000000), [4, [0x80, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt32LE', true), [4, [1, 0, 0, 0, 0, 0, 0, 0]]);
assert.deepStrictEqual(write('writeUInt32LE', {}), [4, [0, 0, 0, 0, 0, 0, 0, 0]]);
assert.throws(() => Buffer.alloc(4).writeUInt32LE(1n), { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });

// Round trips over the whole range edges.
const edges = {
  UInt8: [0, 255], Int8: [-128, 127], UInt16: [0, 65535], Int16: [-32768, 32767],
  UInt32: [0, 4294967295], Int32: [-2147483648, 2147483647],
};
for (const [kind, [min, max]] of Object.entries(edges)) {
  for (const endian of kind.endsWith('8') ? [''] : ['LE', 'BE']) {
    const buffer = Buffer.alloc(4);
    for (const value of [min, max, 0, 1, Math.trunc(max / 3)]) {
      buffer[`write${kind}${endian}`](value, 0);
      assert.strictEqual(buffer[`read${kind}${endian}`](0), value, `${kind}${endian} ${value}`);
    }
    const rangeMessage = `The value of "value" is out of range. It must be >= ${min} and <= ${max}. Received `;
    assert.throws(() => buffer[`write${kind}${endian}`](max + 1, 0), {
      code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: rangeMessage + (max + 1),
    });
    assert.throws(() => buffer[`write${kind}${endian}`](min - 1, 0), {
      code: 'ERR_OUT_OF_RANGE', message: rangeMessage + (min - 1),
    });
  }
}

// Offsets: a number, an integer, and inside the buffer.
const offsetRange = (last, received) =>
  `The value of "offset" is out of range. It must be >= 0 and <= ${last}. Received ${received}`;
assert.throws(() => bytes.readUInt8(8), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(7, 8) });
assert.throws(() => bytes.readUInt8(-1), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(7, -1) });
assert.throws(() => bytes.readUInt16LE(7), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(6, 7) });
assert.throws(() => bytes.readUInt32BE(5), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(4, 5) });
assert.throws(() => bytes.readInt32LE(5), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(4, 5) });
assert.throws(() => Buffer.alloc(8).writeUInt8(1, 8), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(7, 8) });
assert.throws(() => Buffer.alloc(8).writeUInt16BE(1, 7), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(6, 7) });
assert.throws(() => Buffer.alloc(8).writeUInt16BE(1, -1), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(6, -1) });
assert.throws(() => bytes.readUInt8(Infinity), { code: 'ERR_OUT_OF_RANGE', message: offsetRange(7, Infinity) });
for (const offset of [1.5, NaN]) {
  assert.throws(() => bytes.readUInt8(offset), {
    code: 'ERR_OUT_OF_RANGE', message: `The value of "offset" is out of range. It must be an integer. Received ${offset}`,
  });
  assert.throws(() => Buffer.alloc(4).writeUInt16BE(1, offset), {
    code: 'ERR_OUT_OF_RANGE', message: `The value of "offset" is out of range. It must be an integer. Received ${offset}`,
  });
}
for (const [offset, shown] of [['1', "type string ('1')"], [null, 'null'], [{}, 'an instance of Object']]) {
  assert.throws(() => bytes.readUInt8(offset), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "offset" argument must be of type number. Received ${shown}`,
  });
  assert.throws(() => Buffer.alloc(4).writeInt32LE(1, offset), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "offset" argument must be of type number. Received ${shown}`,
  });
}
// No room at all.
for (const action of [() => Buffer.alloc(0).readUInt8(0), () => Buffer.alloc(3).readUInt32LE(0),
                      () => Buffer.alloc(3).readUInt32LE(1), () => Buffer.alloc(0).writeUInt8(1),
                      () => Buffer.alloc(3).writeUInt32LE(1), () => Buffer.alloc(1).readInt16BE()]) {
  assert.throws(action, {
    code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: 'Attempt to access memory outside buffer bounds',
  });
}
