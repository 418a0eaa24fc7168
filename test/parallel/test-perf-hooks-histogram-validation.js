'use strict';
// The argument checks of createHistogram() and of the histogram methods.
require('../common');
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

assert.strictEqual(createHistogram.length, 0);
assert.strictEqual(createHistogram().count, 0);
assert.strictEqual(createHistogram(undefined).count, 0);
assert.strictEqual(createHistogram({}).count, 0);
for (const options of [null, 1, 'x']) {
  assert.throws(() => createHistogram(options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => createHistogram(null), {
  message: 'The "options" argument must be of type object. Received null',
});

const outOfRange = (message) => ({ code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message });
assert.throws(() => createHistogram({ lowest: 0 }), outOfRange(
  'The value of "options.lowest" is out of range. It must be >= 1 && <= 9007199254740991. Received 0'));
assert.throws(() => createHistogram({ lowest: 1.5 }), outOfRange(
  'The value of "options.lowest" is out of range. It must be an integer. Received 1.5'));
assert.throws(() => createHistogram({ lowest: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
// highest must be at least twice lowest.
assert.throws(() => createHistogram({ highest: 1 }), outOfRange(
  'The value of "options.highest" is out of range. It must be >= 2 && <= 9007199254740991. Received 1'));
assert.throws(() => createHistogram({ lowest: 3, highest: 5 }), outOfRange(
  'The value of "options.highest" is out of range. It must be >= 6 && <= 9007199254740991. Received 5'));
assert.throws(() => createHistogram({ highest: 2 ** 60 }), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(createHistogram({ lowest: 1, highest: 2 }).count, 0);
assert.strictEqual(createHistogram({ lowest: 3, highest: 6 }).count, 0);
for (const figures of [0, 6]) {
  assert.throws(() => createHistogram({ figures }), outOfRange(
    `The value of "options.figures" is out of range. It must be >= 1 && <= 5. Received ${figures}`));
}
assert.throws(() => createHistogram({ figures: '3' }), { code: 'ERR_INVALID_ARG_TYPE' });
for (const figures of [1, 2, 3, 4, 5]) assert.strictEqual(createHistogram({ figures }).count, 0);
// BigInt bounds are accepted when both are BigInts.
const bigBounds = createHistogram({ lowest: 1n, highest: 100n });
bigBounds.record(50);
bigBounds.record(101);
assert.strictEqual(bigBounds.count, 1);
assert.strictEqual(bigBounds.exceeds, 1);

const histogram = createHistogram();
assert.strictEqual(histogram.record.length, 1);
assert.strictEqual(histogram.add.length, 1);
assert.strictEqual(histogram.percentile.length, 1);

// record(): a safe integer >= 1, or a BigInt in [1, 2^63 - 1].
assert.throws(() => histogram.record(0), outOfRange(
  'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0'));
assert.throws(() => histogram.record(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => histogram.record(1.5), outOfRange(
  'The value of "val" is out of range. It must be an integer. Received 1.5'));
assert.throws(() => histogram.record(2 ** 60), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => histogram.record('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "val" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => histogram.record(), { code: 'ERR_INVALID_ARG_TYPE' });
for (const value of [0n, -1n, 2n ** 63n, 2n ** 64n + 5n]) {
  assert.throws(() => histogram.record(value), (error) => {
    assert.ok(error instanceof RangeError);
    assert.strictEqual(error.code, 'ERR_OUT_OF_RANGE');
    assert.strictEqual(error.message, 'value is out of range');
    return true;
  });
}
assert.strictEqual(histogram.count, 0);
assert.strictEqual(histogram.exceeds, 0);
// Above the histogram's highest value: not recorded, counted in exceeds.
histogram.record(2n ** 63n - 1n);
histogram.record(2n ** 60n);
assert.strictEqual(histogram.count, 0);
assert.strictEqual(histogram.exceeds, 2);

// percentile(): a number in (0, 100].
for (const percentile of [0, -1, 101, NaN]) {
  assert.throws(() => histogram.percentile(percentile), outOfRange(
    `The value of "percentile" is out of range. It must be > 0 && <= 100. Received ${percentile}`));
  assert.throws(() => histogram.percentileBigInt(percentile), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => histogram.percentile('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "percentile" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => histogram.percentile(50n), { code: 'ERR_INVALID_ARG_TYPE' });

// add(): only another RecordableHistogram.
for (const other of [{}, monitorEventLoopDelay(), 1]) {
  assert.throws(() => histogram.add(other), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => histogram.add({}), {
  message: 'The "other" argument must be an instance of RecordableHistogram. Received an instance of Object',
});
assert.throws(() => histogram.add(monitorEventLoopDelay()), {
  message: 'The "other" argument must be an instance of RecordableHistogram. Received an instance of ELDHistogram',
});

// The classes cannot be constructed, and their methods check the receiver.
const RecordableHistogram = histogram.constructor;
const Histogram = Object.getPrototypeOf(RecordableHistogram.prototype).constructor;
const ELDHistogram = monitorEventLoopDelay().constructor;
assert.strictEqual(RecordableHistogram.name, 'RecordableHistogram');
assert.strictEqual(Histogram.name, 'Histogram');
assert.strictEqual(ELDHistogram.name, 'ELDHistogram');
assert.ok(histogram instanceof Histogram);
assert.ok(monitorEventLoopDelay() instanceof Histogram);
for (const Class of [Histogram, RecordableHistogram, ELDHistogram]) {
  assert.throws(() => new Class(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor' });
}
const invalidThis = (type) => ({ code: 'ERR_INVALID_THIS', name: 'TypeError', message: `Value of "this" must be of type ${type}` });
assert.throws(() => Histogram.prototype.count, invalidThis('Histogram'));
assert.throws(() => Histogram.prototype.percentile.call({}, 50), invalidThis('Histogram'));
assert.throws(() => Histogram.prototype.reset.call({}), invalidThis('Histogram'));
assert.throws(() => RecordableHistogram.prototype.record.call({}, 5), invalidThis('RecordableHistogram'));
assert.throws(() => RecordableHistogram.prototype.record.call(monitorEventLoopDelay(), 5),
              invalidThis('RecordableHistogram'));
assert.throws(() => ELDHistogram.prototype.enable.call({}), invalidThis('ELDHistogram'));
assert.throws(() => ELDHistogram.prototype.disable.call(histogram), invalidThis('ELDHistogram'));
for (const name of ['count', 'min', 'max', 'mean', 'exceeds', 'stddev', 'percentiles']) {
  const descriptor = Object.getOwnPropertyDescriptor(Histogram.prototype, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(descriptor.enumerable, false, name);
}
