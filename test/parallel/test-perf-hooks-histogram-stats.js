'use strict';
// createHistogram(): what a RecordableHistogram reports, value for value as Node's
// HdrHistogram does (3 significant figures by default).
require('../common');
const assert = require('assert');
const util = require('util');
const { createHistogram } = require('perf_hooks');

const INT64_MAX = 2n ** 63n - 1n;

// Empty.
const empty = createHistogram();
assert.strictEqual(empty.count, 0);
assert.strictEqual(empty.countBigInt, 0n);
assert.strictEqual(empty.min, 9223372036854775807);
assert.strictEqual(empty.minBigInt, INT64_MAX);
assert.strictEqual(empty.max, 0);
assert.strictEqual(empty.maxBigInt, 0n);
assert.ok(Number.isNaN(empty.mean));
assert.ok(Number.isNaN(empty.stddev));
assert.strictEqual(empty.exceeds, 0);
assert.strictEqual(empty.exceedsBigInt, 0n);
assert.strictEqual(empty.percentile(50), 0);
assert.strictEqual(empty.percentileBigInt(100), 0n);
assert.deepStrictEqual([...empty.percentiles], [[100, 0]]);
assert.deepStrictEqual([...empty.percentilesBigInt], [[100, 0n]]);
assert.strictEqual(JSON.stringify(empty),
                   '{"count":0,"min":9223372036854776000,"max":0,"mean":null,"exceeds":0,"stddev":null,' +
                   '"percentiles":{"100":0}}');

// Values below 2048 are exact; above, each bucket spans a power of two / 1024.
const histogram = createHistogram();
for (const value of [1, 2, 3, 4, 5, 100, 1000, 2047, 2048, 2049, 4097, 10000, 123456789]) {
  assert.strictEqual(histogram.record(value), undefined);
}
assert.strictEqual(histogram.count, 13);
assert.strictEqual(histogram.min, 1);
assert.strictEqual(histogram.max, 123469823);  // the top of 123456789's bucket
assert.strictEqual(histogram.mean, 9496801.384615384);
assert.strictEqual(histogram.stddev, 32891718.444960248);
assert.strictEqual(histogram.exceeds, 0);
const expected = [[0.0001, 1], [1, 1], [10, 1], [25, 3], [50, 1000], [75, 2049], [90, 10007], [99, 123469823],
                  [100, 123469823]];
for (const [percentile, value] of expected) {
  assert.strictEqual(histogram.percentile(percentile), value, `p${percentile}`);
  assert.strictEqual(histogram.percentileBigInt(percentile), BigInt(value), `p${percentile}`);
}
// The map reports the low end of each bucket, at 0, 50, 75, 87.5, ... then 100.
assert.deepStrictEqual([...histogram.percentiles], [
  [0, 1], [50, 1000], [75, 2048], [87.5, 10000], [93.75, 123404288], [100, 123404288],
]);
assert.deepStrictEqual([...histogram.percentilesBigInt], [
  [0, 1n], [50, 1000n], [75, 2048n], [87.5, 10000n], [93.75, 123404288n], [100, 123404288n],
]);
assert.deepStrictEqual(histogram.toJSON(), {
  count: 13,
  min: 1,
  max: 123469823,
  mean: 9496801.384615384,
  exceeds: 0,
  stddev: 32891718.444960248,
  percentiles: { 0: 1, 50: 1000, 75: 2048, 87.5: 10000, 93.75: 123404288, 100: 123404288 },
});
assert.deepStrictEqual(Object.keys(histogram.toJSON()),
                       ['count', 'min', 'max', 'mean', 'exceeds', 'stddev', 'percentiles']);

// One map per histogram, refilled on each read.
assert.strictEqual(histogram.percentiles, histogram.percentiles);
assert.strictEqual(Object.prototype.toString.call(histogram.percentiles), '[object Map]');

// A value repeated: every step below its share reports it.
const skewed = createHistogram();
for (let i = 0; i < 99; i++) skewed.record(1);
skewed.record(2);
assert.deepStrictEqual([...skewed.percentiles], [
  [0, 1], [50, 1], [75, 1], [87.5, 1], [93.75, 1], [96.875, 1], [98.4375, 1], [99.21875, 2], [100, 2],
]);
const single = createHistogram();
single.record(3);
assert.deepStrictEqual([...single.percentiles], [[0, 3], [100, 3]]);
assert.strictEqual(single.stddev, 0);
assert.strictEqual(single.mean, 3);

// BigInts are recorded too.
const big = createHistogram();
big.record(5n);
big.record(2n ** 40n);
assert.strictEqual(big.count, 2);
assert.strictEqual(big.minBigInt, 5n);
assert.strictEqual(big.maxBigInt, 2n ** 40n + 2n ** 30n - 1n);

// reset() empties it.
histogram.reset();
assert.strictEqual(histogram.count, 0);
assert.strictEqual(histogram.max, 0);
assert.strictEqual(histogram.min, 9223372036854775807);
assert.deepStrictEqual([...histogram.percentiles], [[100, 0]]);

// recordDelta(): the first call starts the clock, each later one records the nanoseconds since.
const deltas = createHistogram();
deltas.recordDelta();
assert.strictEqual(deltas.count, 0);
const end = Date.now() + 2;
while (Date.now() < end);
deltas.recordDelta();
assert.strictEqual(deltas.count, 1);
assert.ok(deltas.min >= 1e6 && deltas.min < 1e10, `${deltas.min}`);
// reset() also restarts the clock.
deltas.reset();
deltas.recordDelta();
assert.strictEqual(deltas.count, 0);

// util.inspect shows the statistics.
// (Node's map prints as "SafeMap(2) [Map]", an artifact of its internals.)
assert.match(util.inspect(single, { breakLength: Infinity }),
             /^Histogram \{ min: 3, max: 3, mean: 3, exceeds: 0, stddev: 0, count: 1, percentiles: .*Map.* \{ 0 => 3, 100 => 3 \} \}$/);
assert.strictEqual(util.inspect(single, { depth: 0 }), 'Histogram [Object]');
assert.strictEqual(util.inspect([single], { depth: 0 }), '[ [RecordableHistogram] ]');
