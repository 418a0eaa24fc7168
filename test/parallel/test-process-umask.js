'use strict';
// process.umask(): read without changing, set from a number or an octal string (returning
// the old mask), and node's errors for anything else.
require('../common');
const assert = require('assert');

const original = process.umask();
assert.ok(Number.isInteger(original) && original >= 0 && original <= 0o777);
// Reading leaves the mask alone.
assert.strictEqual(process.umask(), original);
assert.strictEqual(process.umask(undefined), original);

assert.strictEqual(process.umask(0o22), original);
assert.strictEqual(process.umask(), 0o22);
assert.strictEqual(process.umask('0777'), 0o22);
assert.strictEqual(process.umask(), 0o777);
assert.strictEqual(process.umask('22'), 0o777);
assert.strictEqual(process.umask(), 0o22);
// Bits beyond 0o777 are dropped by the system.
assert.strictEqual(process.umask(2 ** 32 - 1), 0o22);
assert.strictEqual(process.umask(), 0o777);

for (const value of ['8', '0o22', '', '1.5', ' 1', '-1']) {
  assert.throws(() => process.umask(value), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: "The argument 'mask' must be a 32-bit unsigned integer or an octal string. " +
             `Received '${value}'`,
  });
}
for (const [value, received] of [
  [null, 'Received undefined'],  // node reports a null mask as undefined
  [{}, 'Received an instance of Object'],
  [true, 'Received type boolean (true)'],
  [1n, 'Received type bigint (1n)'],
]) {
  assert.throws(() => process.umask(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "mask" argument must be of type number. ${received}`,
  });
}
for (const [value, range, received] of [
  [-1, '>= 0 && <= 4294967295', '-1'],
  [2 ** 32, '>= 0 && <= 4294967295', '4294967296'],
  ['7777777777777', '>= 0 && <= 4294967295', '549_755_813_887'],
  [1.5, 'an integer', '1.5'],
  [NaN, 'an integer', 'NaN'],
]) {
  assert.throws(() => process.umask(value), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "mask" is out of range. It must be ${range}. Received ${received}`,
  });
}
assert.strictEqual(process.umask(), 0o777);
process.umask(original);
assert.strictEqual(process.umask(), original);
