'use strict';
// process.hrtime(): [seconds, nanoseconds] from an arbitrary origin, or the time elapsed
// since an earlier reading; node's errors for a bad earlier reading.
require('../common');
const assert = require('assert');

const first = process.hrtime();
assert.ok(Array.isArray(first));
assert.strictEqual(first.length, 2);
assert.ok(first.every(Number.isInteger));
assert.ok(first[0] >= 0);
assert.ok(first[1] >= 0 && first[1] < 1e9);

// Busy-wait a little so that the clock moves.
const until = Date.now() + 5;
while (Date.now() < until);

const elapsed = process.hrtime(first);
assert.strictEqual(elapsed.length, 2);
assert.ok(elapsed.every(Number.isInteger));
assert.ok(elapsed[1] >= 0 && elapsed[1] < 1e9);
const elapsedNs = elapsed[0] * 1e9 + elapsed[1];
assert.ok(elapsedNs >= 4e6, `${elapsedNs}`);
assert.ok(elapsedNs < 60e9, `${elapsedNs}`);

// When the earlier nanoseconds exceed the current ones, a second is borrowed: the
// nanoseconds of a difference are never negative.
const now = process.hrtime();
const borrowed = process.hrtime([now[0] - 1, 999999999]);
assert.ok(borrowed[0] === 0 || borrowed[0] === 1, `${borrowed}`);
assert.ok(borrowed[1] >= 0 && borrowed[1] < 1e9, `${borrowed}`);

// Time moves forward.
const later = process.hrtime();
assert.ok(later[0] > first[0] || (later[0] === first[0] && later[1] > first[1]));

// Only two-element arrays are earlier readings.
for (const [value, received] of [
  [1, 'Received type number (1)'],
  ['a', "Received type string ('a')"],
  [{}, 'Received an instance of Object'],
  [null, 'Received null'],
  [new Uint32Array(2), 'Received an instance of Uint32Array'],
]) {
  assert.throws(() => process.hrtime(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "time" argument must be an instance of Array. ${received}`,
  });
}
for (const value of [[], [1], [1, 2, 3]]) {
  assert.throws(() => process.hrtime(value), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "time" is out of range. It must be 2. Received ${value.length}`,
  });
}
// Array contents are not checked.
assert.deepStrictEqual(process.hrtime(['a', 'b']), [NaN, NaN]);
