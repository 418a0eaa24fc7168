'use strict';
// readUIntLE/BE, readIntLE/BE, writeUIntLE/BE, writeIntLE/BE with byteLength 1 to 6.
require('../common');
const assert = require('assert');

const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 0x88]);
assert.strictEqual(b.readIntLE(0, 6), 6618611909121);
assert.strictEqual(b.readIntBE(2, 6), 3315799033736);
assert.strictEqual(b.readUIntLE(0, 1), 1);
assert.strictEqual(b.readUIntBE(0, 3), 0x010203);
assert.strictEqual(b.readUIntLE(0, 3), 0x030201);
assert.strictEqual(b.readUIntBE(3, 5), 0x0405060788);
assert.strictEqual(b.readIntBE(3, 5), 0x0405060788);
assert.strictEqual(b.readIntLE(3, 5), -(2 ** 40) + 0x8807060504);
assert.strictEqual(b.readIntBE(7, 1), -120);

// Every width round-trips its extremes in both orders.
for (let width = 1; width <= 6; width++) {
  const bits = width * 8;
  const cases = [
    ['UInt', 0, 2 ** bits - 1],
    ['Int', -(2 ** (bits - 1)), 2 ** (bits - 1) - 1],
  ];
  for (const [kind, min, max] of cases) {
    for (const endian of ['LE', 'BE']) {
      const buffer = Buffer.alloc(8);
      for (const value of [min, max, 0, -0, 1, Math.floor(max / 7)]) {
        assert.strictEqual(buffer[`write${kind}${endian}`](value, 1, width), 1 + width);
        assert.strictEqual(buffer[`read${kind}${endian}`](1, width), value === 0 ? 0 : value, `${kind}${endian}${width} ${value}`);
        assert.strictEqual(buffer[0], 0);
      }
    }
  }
}
// Little and big endian are mirror images.
const le = Buffer.alloc(6);
const be = Buffer.alloc(6);
le.writeUIntLE(0x123456789abc, 0, 6);
be.writeUIntBE(0x123456789abc, 0, 6);
assert.deepStrictEqual([...le].reverse(), [...be]);
assert.deepStrictEqual([...be], [0x12, 0x34, 0x56, 0x78, 0x9a, 0xbc]);
const negative = Buffer.alloc(8);
assert.strictEqual(negative.writeIntLE(-2, 2, 5), 7);
assert.deepStrictEqual([...negative], [0, 0, 0xfe, 0xff, 0xff, 0xff, 0xff, 0]);

// Range messages: explicit below five bytes, powers of two from five on.
const value = (range, received) => `The value of "value" is out of range. It must be ${range}. Received ${received}`;
for (const [action, message] of [
  [() => Buffer.alloc(8).writeUIntLE(2 ** 48, 0, 6), value('>= 0 and < 2 ** 48', '281_474_976_710_656')],
  [() => Buffer.alloc(8).writeIntLE(2 ** 47, 0, 6), value('>= -(2 ** 47) and < 2 ** 47', '140_737_488_355_328')],
  [() => Buffer.alloc(8).writeIntBE(2 ** 39, 0, 5), value('>= -(2 ** 39) and < 2 ** 39', '549_755_813_888')],
  [() => Buffer.alloc(8).writeUIntBE(2 ** 40, 0, 5), value('>= 0 and < 2 ** 40', '1_099_511_627_776')],
  [() => Buffer.alloc(8).writeUIntBE(2 ** 32, 0, 4), value('>= 0 and <= 4294967295', '4294967296')],
  [() => Buffer.alloc(8).writeIntBE(2 ** 23, 0, 3), value('>= -8388608 and <= 8388607', '8388608')],
  [() => Buffer.alloc(8).writeIntLE(2 ** 15, 0, 2), value('>= -32768 and <= 32767', '32768')],
  [() => Buffer.alloc(8).writeUIntLE(256, 0, 1), value('>= 0 and <= 255', '256')],
  [() => Buffer.alloc(8).writeIntBE(-129, 0, 1), value('>= -128 and <= 127', '-129')],
]) {
  assert.throws(action, { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
}

// byteLength: a number from 1 to 6.
const byteLengthRange = (received) =>
  `The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received ${received}`;
for (const bad of [0, 7, -1]) {
  assert.throws(() => b.readIntBE(0, bad), { code: 'ERR_OUT_OF_RANGE', message: byteLengthRange(bad) });
  assert.throws(() => b.readUIntLE(0, bad), { code: 'ERR_OUT_OF_RANGE', message: byteLengthRange(bad) });
  assert.throws(() => Buffer.alloc(8).writeIntBE(1, 0, bad), { code: 'ERR_OUT_OF_RANGE', message: byteLengthRange(bad) });
  assert.throws(() => Buffer.alloc(8).writeUIntLE(1, 0, bad), { code: 'ERR_OUT_OF_RANGE', message: byteLengthRange(bad) });
}
assert.throws(() => b.readUIntBE(2, 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "byteLength" is out of range. It must be an integer. Received 1.5',
});
for (const [bad, shown] of [['1', "type string ('1')"], [undefined, 'undefined']]) {
  assert.throws(() => b.readUIntBE(2, bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "byteLength" argument must be of type number. Received ${shown}`,
  });
  assert.throws(() => Buffer.alloc(8).writeUIntBE(1, 0, bad), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "byteLength" argument must be of type number. Received ${shown}`,
  });
}
// The offset has no default here, and is checked first.
for (const action of [() => b.readIntBE(), () => b.readUIntLE(undefined, 3), () => Buffer.alloc(8).writeUIntLE(1, undefined, 2)]) {
  assert.throws(action, {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received undefined',
  });
}
assert.throws(() => b.readUIntLE(3.5, 3), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received 3.5',
});
assert.throws(() => b.readUIntLE(3, 6), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
});
assert.throws(() => Buffer.alloc(8).writeIntLE(-2, 4, 5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 and <= 3. Received 4',
});
assert.throws(() => Buffer.alloc(2).readUIntLE(0, 3), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
