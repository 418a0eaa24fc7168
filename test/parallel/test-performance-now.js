'use strict';
// performance.now() and performance.timeOrigin: a high-resolution clock counted from the
// process's start, and the wall-clock time of that start.
require('../common');
const assert = require('assert');
const { performance } = require('perf_hooks');

const first = performance.now();
assert.strictEqual(typeof first, 'number');
assert.ok(first > 0 && first < 60000, `now() = ${first}`);

// Monotonic, with sub-millisecond resolution.
let previous = first;
let sawFraction = false;
for (let i = 0; i < 1000; i++) {
  const value = performance.now();
  assert.ok(value >= previous);
  if (!Number.isInteger(value)) sawFraction = true;
  previous = value;
}
assert.ok(sawFraction);

// timeOrigin + now() is the wall clock, to within a few milliseconds.
assert.strictEqual(typeof performance.timeOrigin, 'number');
assert.strictEqual(performance.timeOrigin, performance.timeOrigin);
const drift = performance.timeOrigin + performance.now() - Date.now();
assert.ok(Math.abs(drift) < 50, `drift ${drift}`);
assert.ok(performance.timeOrigin < Date.now());

// now() advances with real time.
const start = performance.now();
const wallStart = Date.now();
while (Date.now() - wallStart < 20);
const elapsed = performance.now() - start;
assert.ok(elapsed >= 19 && elapsed < 1000, `elapsed ${elapsed}`);

// Both are on Performance.prototype, enumerable, and check their receiver.
const proto = Object.getPrototypeOf(performance);
const timeOriginDescriptor = Object.getOwnPropertyDescriptor(proto, 'timeOrigin');
assert.strictEqual(typeof timeOriginDescriptor.get, 'function');
assert.strictEqual(timeOriginDescriptor.set, undefined);
assert.strictEqual(timeOriginDescriptor.enumerable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(proto, 'now').enumerable, true);
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
});
assert.throws(() => timeOriginDescriptor.get.call(undefined), { code: 'ERR_INVALID_ARG_TYPE' });
