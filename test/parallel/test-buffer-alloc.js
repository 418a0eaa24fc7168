'use strict';
// Buffer.alloc / allocUnsafe / allocUnsafeSlow: sizes, fills, zeroing, the shared pool, errors.
require('../common');
const assert = require('assert');
const { Buffer, kMaxLength } = require('buffer');

// alloc zero-fills; a fractional size is truncated as by Uint8Array.
assert.deepStrictEqual([...Buffer.alloc(4)], [0, 0, 0, 0]);
assert.strictEqual(Buffer.alloc(0).length, 0);
assert.strictEqual(Buffer.alloc(1.5).length, 1);
assert.ok(Buffer.alloc(3) instanceof Buffer);
assert.ok(Buffer.alloc(3) instanceof Uint8Array);

// Fill values.
assert.deepStrictEqual(Buffer.alloc(5, 'ab'), Buffer.from('ababa'));
assert.deepStrictEqual(Buffer.alloc(5, ''), Buffer.alloc(5));
assert.deepStrictEqual(Buffer.alloc(3, 'ab', 'hex'), Buffer.from([0xab, 0xab, 0xab]));
assert.deepStrictEqual(Buffer.alloc(5, 'abz', 'hex'), Buffer.from([0xab, 0xab, 0xab, 0xab, 0xab]));
assert.deepStrictEqual(Buffer.alloc(5, 257), Buffer.from([1, 1, 1, 1, 1]));
assert.deepStrictEqual(Buffer.alloc(3, -1), Buffer.from([255, 255, 255]));
assert.deepStrictEqual(Buffer.alloc(3, 1.7), Buffer.from([1, 1, 1]));
assert.deepStrictEqual(Buffer.alloc(3, true), Buffer.from([1, 1, 1]));
assert.deepStrictEqual(Buffer.alloc(5, Buffer.from([1, 2])), Buffer.from([1, 2, 1, 2, 1]));
assert.deepStrictEqual(Buffer.alloc(5, new Uint16Array([0x102])), Buffer.from([2, 1, 2, 1, 2]));
assert.deepStrictEqual(Buffer.alloc(3, 'ab', null), Buffer.from('aba'));
assert.deepStrictEqual(Buffer.alloc(3, 'ab', ''), Buffer.from('aba'));
assert.deepStrictEqual(Buffer.alloc(3, 'ab', 'UTF8'), Buffer.from('aba'));
assert.deepStrictEqual(Buffer.alloc(3, 'ab', 'ucs2'), Buffer.from([0x61, 0, 0x62]));
assert.deepStrictEqual(Buffer.alloc(4, 'YQ', 'base64'), Buffer.from('aaaa'));

assert.throws(() => Buffer.alloc(5, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE', name: 'TypeError',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(5, Buffer.alloc(0)), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received <Buffer >",
});
assert.throws(() => Buffer.alloc(5, 'ab', 'bad'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: bad',
});
assert.throws(() => Buffer.alloc(5, 'ab', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});

// Size errors, shared by the three.
for (const alloc of [Buffer.alloc, Buffer.allocUnsafe, Buffer.allocUnsafeSlow]) {
  for (const size of [-1, NaN, kMaxLength + 1, -Infinity]) {
    assert.throws(() => alloc(size), {
      code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
      message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. ` +
        `Received ${size === kMaxLength + 1 ? '4_294_967_297' : size}`,
    });
  }
  for (const [size, shown] of [['5', "type string ('5')"], [null, 'null'], [undefined, 'undefined'],
                               [{}, 'an instance of Object'], [5n, 'type bigint (5n)']]) {
    assert.throws(() => alloc(size), {
      code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
      message: `The "size" argument must be of type number. Received ${shown}`,
    });
  }
}

// allocUnsafe: small buffers share the 8 KiB pool, eight-byte aligned; big ones do not.
assert.strictEqual(Buffer.poolSize, 8192);
const a = Buffer.allocUnsafe(10);
const b = Buffer.allocUnsafe(10);
assert.strictEqual(a.length, 10);
if (a.buffer === b.buffer) {
  assert.strictEqual(a.buffer.byteLength, 8192);
  assert.strictEqual(b.byteOffset % 8, 0);
  assert.ok(b.byteOffset >= a.byteOffset + 16 || b.byteOffset === 0);
}
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
assert.strictEqual(Buffer.allocUnsafe(4095).buffer.byteLength, 8192);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.ok(Buffer.allocUnsafeSlow(10) instanceof Buffer);
assert.strictEqual(Buffer.alloc(10).byteOffset, 0);

// The pool follows Buffer.poolSize when it is renewed.
const saved = Buffer.poolSize;
Buffer.poolSize = 64 * 1024;
const fromBigPool = [];
for (let i = 0; i < 20; i++) fromBigPool.push(Buffer.allocUnsafe(8000));
assert.ok(fromBigPool.some((buffer) => buffer.buffer.byteLength === 64 * 1024));
Buffer.poolSize = saved;

// Unsafe memory is still writable and readable as usual.
const unsafe = Buffer.allocUnsafe(100);
unsafe.fill(7);
assert.ok(unsafe.every((byte) => byte === 7));
const big = Buffer.allocUnsafeSlow(1 << 20);
big.fill(1);
assert.strictEqual(big[big.length - 1], 1);
