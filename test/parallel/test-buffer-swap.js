'use strict';
// buf.swap16 / swap32 / swap64, short buffers and long ones.
require('../common');
const assert = require('assert');

assert.deepStrictEqual([...Buffer.from([1, 2, 3, 4]).swap16()], [2, 1, 4, 3]);
assert.deepStrictEqual([...Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32()], [4, 3, 2, 1, 8, 7, 6, 5]);
assert.deepStrictEqual([...Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64()], [8, 7, 6, 5, 4, 3, 2, 1]);
assert.deepStrictEqual([...Buffer.alloc(0).swap16()], []);
const b = Buffer.from([1, 2]);
assert.strictEqual(b.swap16(), b);

// Long buffers (swapped in C++) and unaligned views.
for (const width of [2, 4, 8]) {
  const length = 1024 * width;
  const source = Buffer.alloc(length + 1);
  for (let i = 0; i < source.length; i++) source[i] = i & 0xff;
  const view = source.subarray(1);
  const expected = [...view];
  for (let i = 0; i < length; i += width) {
    const group = expected.slice(i, i + width).reverse();
    for (let j = 0; j < width; j++) expected[i + j] = group[j];
  }
  view[`swap${width * 8}`]();
  assert.deepStrictEqual([...view], expected);
  assert.strictEqual(source[0], 0);
}

for (const [method, bits, length] of [['swap16', 16, 3], ['swap32', 32, 6], ['swap64', 64, 4], ['swap64', 64, 1001]]) {
  assert.throws(() => Buffer.alloc(length)[method](), {
    code: 'ERR_INVALID_BUFFER_SIZE', name: 'RangeError', message: `Buffer size must be a multiple of ${bits}-bits`,
  });
}
