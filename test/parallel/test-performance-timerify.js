'use strict';
// performance.timerify(fn[, { histogram }]): a wrapper that times each call, feeding
// 'function' entries to observers and durations (ns) to a RecordableHistogram.
const common = require('../common');
const assert = require('assert');
const { performance, PerformanceObserver, PerformanceEntry, createHistogram } = require('perf_hooks');

function add(a, b) { return a + b; }
const timed = performance.timerify(add);
assert.strictEqual(timed(2, 3), 5);
assert.strictEqual(timed.name, 'timerified add');
assert.strictEqual(timed.length, 2);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'name'),
                       { value: 'timerified add', writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(timed, 'length'),
                       { value: 2, writable: false, enumerable: true, configurable: false });
assert.strictEqual(typeof timed.prototype, 'object');
// A new wrapper each time.
assert.notStrictEqual(performance.timerify(add), timed);
assert.strictEqual(performance.timerify(timed).name, 'timerified timerified add');
assert.strictEqual(performance.timerify(() => 1).name, 'timerified ');
assert.strictEqual(performance.timerify(add.bind(null)).name, 'timerified bound add');

// `this` passes through; with `new`, the wrapped class is constructed.
const receiver = {};
assert.strictEqual(performance.timerify(function() { return this; }).call(receiver), receiver);
class Point { constructor(x) { this.x = x; } }
const TimedPoint = performance.timerify(Point);
const point = new TimedPoint(7);
assert.ok(point instanceof Point);
assert.strictEqual(point.constructor, Point);
assert.strictEqual(point.x, 7);
assert.throws(() => TimedPoint(1), TypeError);
// Errors pass through untouched.
assert.throws(performance.timerify(() => { throw new RangeError('boom'); }), { name: 'RangeError', message: 'boom' });

// Argument checks.
for (const fn of [undefined, 1, 'x', {}]) {
  assert.throws(() => performance.timerify(fn), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => performance.timerify(), {
  message: 'The "fn" argument must be of type function. Received undefined',
});
for (const options of [1, null, 'x']) {
  assert.throws(() => performance.timerify(add, options), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => performance.timerify(add, { histogram: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. Received type number (1)',
});
assert.throws(() => performance.timerify(add, { histogram: {} }), {
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. Received an instance of Object',
});
assert.strictEqual(performance.timerify(add, undefined).name, 'timerified add');
assert.strictEqual(performance.timerify(add, {}).name, 'timerified add');

// The histogram gets each call's duration in nanoseconds.
const histogram = createHistogram();
const spin = performance.timerify(function spin(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}, { histogram });
spin(3);
assert.strictEqual(histogram.count, 1);
assert.ok(histogram.min >= 2e6 && histogram.min < 5e9, `${histogram.min}`);

// Observers of 'function' entries get one per call, with the arguments as detail; such
// entries are not kept in the timeline.
const observer = new PerformanceObserver(common.mustCall((list) => {
  // The nameless ones are the arrow functions below (the thenable one returned at once, the
  // rejected promise settled in a microtask; on a slow machine the 30 ms one may have too).
  const all = list.getEntries();
  assert.ok(all.filter((entry) => entry.name === '').length >= 2);
  const entries = all.filter((entry) => entry.name !== '');
  assert.deepStrictEqual(entries.map((entry) => entry.name), ['add', 'add', 'spin', 'Point']);
  assert.deepStrictEqual(entries.map((entry) => entry.detail), [[1, 2], ['x', 'y'], [1], [9]]);
  for (const entry of entries) {
    assert.ok(entry instanceof PerformanceEntry);
    assert.strictEqual(entry.entryType, 'function');
    assert.ok(entry.startTime > 0);
    assert.ok(entry.duration >= 0);
    assert.deepStrictEqual(Object.keys(entry.toJSON()), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }
  assert.ok(entries[2].duration >= 0.9, `${entries[2].duration}`);
  // The arguments are also the entry's own indexed properties.
  assert.deepStrictEqual(Object.keys(entries[1]), ['0', '1']);
  assert.strictEqual(entries[1][0], 'x');
  assert.strictEqual(entries[1][1], 'y');
  observer.disconnect();
}));
observer.observe({ type: 'function' });
timed(1, 2);
timed('x', 'y');
spin(1);
new TimedPoint(9);
assert.strictEqual(histogram.count, 2);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);

// A returned promise is timed until it settles; the caller gets the promise from finally().
const promiseHistogram = createHistogram();
const pending = new Promise((resolve) => setTimeout(resolve, 30, 'value'));
const slow = performance.timerify(() => pending, { histogram: promiseHistogram });
const result = slow();
assert.ok(result instanceof Promise);
assert.notStrictEqual(result, pending);
assert.strictEqual(promiseHistogram.count, 0);
result.then(common.mustCall((value) => {
  assert.strictEqual(value, 'value');
  assert.strictEqual(promiseHistogram.count, 1);
  assert.ok(promiseHistogram.min >= 20e6, `${promiseHistogram.min}`);
}));
performance.timerify(() => Promise.reject(new Error('no')))().catch(common.mustCall((error) => {
  assert.strictEqual(error.message, 'no');
}));
// A thenable that is not a promise is returned as it is.
const thenable = { then() {} };
assert.strictEqual(performance.timerify(() => thenable)(), thenable);
