'use strict';
// buf.copy(target[, targetStart[, sourceStart[, sourceEnd]]]): how each argument is read,
// clamping, overlap, and the errors.
require('../common');
const assert = require('assert');

const source = Buffer.from('abcd');
function copy(...args) {
  const target = Buffer.alloc(6);
  const count = source.copy(target, ...args);
  return [count, target.toString('latin1').replace(/\0/g, '.')];
}

assert.deepStrictEqual(copy(), [4, 'abcd..']);
assert.deepStrictEqual(copy(1), [4, '.abcd.']);
assert.deepStrictEqual(copy(1, 2), [2, '.cd...']);
assert.deepStrictEqual(copy(1, 2, 3), [1, '.c....']);
assert.deepStrictEqual(copy(4), [2, '....ab']);
assert.deepStrictEqual(copy(7), [0, '......']);
assert.deepStrictEqual(copy(0, 0, 10), [4, 'abcd..']);
assert.deepStrictEqual(copy(0, 3, 1), [0, '......']);
// Each argument: a finite number is rounded down; anything else is its default (0).
assert.deepStrictEqual(copy('1'), [4, '.abcd.']);
assert.deepStrictEqual(copy('x'), [4, 'abcd..']);
assert.deepStrictEqual(copy(1.7), [4, '.abcd.']);
assert.deepStrictEqual(copy(4.9), [2, '....ab']);
assert.deepStrictEqual(copy(null), [4, 'abcd..']);
assert.deepStrictEqual(copy(true), [4, '.abcd.']);
assert.deepStrictEqual(copy([3]), [3, '...abc']);
assert.deepStrictEqual(copy(Infinity), [4, 'abcd..']);
assert.deepStrictEqual(copy(-Infinity), [4, 'abcd..']);
assert.deepStrictEqual(copy(2 ** 53), [0, '......']);
assert.deepStrictEqual(copy(1e300), [0, '......']);
assert.deepStrictEqual(copy(0, NaN), [4, 'abcd..']);
assert.deepStrictEqual(copy(0, 2.5), [2, 'cd....']);
assert.deepStrictEqual(copy(0, Infinity), [4, 'abcd..']);
assert.deepStrictEqual(copy(0, true), [3, 'bcd...']);
assert.deepStrictEqual(copy(0, 0, NaN), [0, '......']);
assert.deepStrictEqual(copy(0, 0, Infinity), [0, '......']);
assert.deepStrictEqual(copy(0, 0, 2.5), [2, 'ab....']);
assert.deepStrictEqual(copy(0, 0, 1e300), [4, 'abcd..']);
assert.deepStrictEqual(copy(0, 0, -0), [0, '......']);
assert.deepStrictEqual(copy(0, 0, undefined), [4, 'abcd..']);

const range = (name, rest, received) =>
  `The value of "${name}" is out of range. It must be >= 0${rest}. Received ${received}`;
for (const [args, message] of [
  [[-1], range('targetStart', '', -1)],
  [[-0.5], range('targetStart', '', -1)],
  [[-1e300], range('targetStart', '', '-1e+_300')],
  [[0, -1], range('sourceStart', ' && <= 4', -1)],
  [[0, 5], range('sourceStart', ' && <= 4', 5)],
  [[0, 2 ** 53], range('sourceStart', ' && <= 4', '9_007_199_254_740_992')],
  [[0, 0, -1], range('sourceEnd', '', -1)],
  [[0, 0, -1.5], range('sourceEnd', '', -2)],
]) {
  assert.throws(() => source.copy(Buffer.alloc(6), ...args), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
}
assert.throws(() => source.copy('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
assert.throws(() => source.copy(new Uint16Array(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array',
});
assert.throws(() => Buffer.prototype.copy.call(new Uint16Array([1, 2]), Buffer.alloc(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array',
});
assert.strictEqual(Buffer.prototype.copy.call(new Uint8Array([1, 2]), Buffer.alloc(2)), 2);

// Overlapping copies within one buffer behave like memmove.
const self = Buffer.from('abcdef');
self.copy(self, 2, 0, 4);
assert.strictEqual(self.toString(), 'ababcd');
const back = Buffer.from('abcdef');
back.copy(back, 0, 2);
assert.strictEqual(back.toString(), 'cdefef');
// Between views of the same memory.
const memory = Buffer.from('0123456789');
memory.subarray(0, 5).copy(memory.subarray(3));
assert.strictEqual(memory.toString(), '0120123489');

// Large copies.
const big = Buffer.alloc(100000, 'xyz');
const into = Buffer.alloc(100000);
assert.strictEqual(big.copy(into), 100000);
assert.ok(big.equals(into));
