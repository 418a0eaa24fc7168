'use strict';
// The options of createHistogram(): lowest sets the finest resolution, highest the limit
// (above it values count as exceeds), figures the significant digits kept.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

// figures: 1 keeps one digit: 1000 lands in a bucket 32 wide.
const rough = createHistogram({ figures: 1 });
for (const value of [1, 5, 10, 15, 20, 25, 30, 100, 1000]) rough.record(value);
assert.strictEqual(rough.min, 1);
assert.strictEqual(rough.max, 1023);
assert.strictEqual(rough.mean, 135.11111111111111);
assert.strictEqual(rough.stddev, 309.91914517049423);
assert.strictEqual(rough.percentile(60), 20);
assert.strictEqual(rough.percentile(99.9), 1023);
assert.deepStrictEqual([...rough.percentiles],
                       [[0, 1], [50, 20], [75, 30], [87.5, 100], [93.75, 992], [100, 992]]);

// figures: 5 keeps large values almost exact.
const sharp = createHistogram({ figures: 5 });
for (const value of [1, 5, 10, 15, 20, 25, 30, 100, 1000, 123456, 2 ** 50]) sharp.record(value);
assert.strictEqual(sharp.max, 1125908496777215);
assert.strictEqual(sharp.mean, 102354927448598.36);
assert.strictEqual(sharp.percentile(60), 30);
assert.deepStrictEqual([...sharp.percentiles],
                       [[0, 1], [50, 25], [75, 1000], [87.5, 123456], [93.75, 1125899906842624],
                        [100, 1125899906842624]]);

// lowest: 1000 makes the finest bucket 512 wide; smaller values still count, in bucket 0.
const coarse = createHistogram({ lowest: 1000 });
for (const value of [1, 5, 999, 1000, 1001, 1024, 5000, 2 ** 40]) coarse.record(value);
assert.strictEqual(coarse.count, 8);
assert.strictEqual(coarse.exceeds, 0);
assert.strictEqual(coarse.min, 0);
assert.strictEqual(coarse.max, 1100585369599);
assert.strictEqual(coarse.mean, 137506063456);
assert.strictEqual(coarse.stddev, 363806844281.48114);
assert.deepStrictEqual([...coarse.percentiles],
                       [[0, 0], [50, 512], [75, 1024], [87.5, 4608], [93.75, 1099511627776], [100, 1099511627776]]);
// Empty, it answers with the top of the first bucket.
assert.strictEqual(createHistogram({ lowest: 1000 }).percentile(50), 511);
assert.strictEqual(createHistogram({ lowest: 7 }).percentile(50), 3);

// highest: anything above it is an exceed, even when a bucket could hold it.
const capped = createHistogram({ highest: 100 });
for (const value of [100, 101, 127, 128, 10000]) capped.record(value);
assert.strictEqual(capped.count, 1);
assert.strictEqual(capped.exceeds, 4);
assert.strictEqual(capped.max, 100);
const tiny = createHistogram({ lowest: 1, highest: 10, figures: 1 });
tiny.record(5);
tiny.record(100);
assert.strictEqual(tiny.count, 1);
assert.strictEqual(tiny.exceeds, 1);
assert.strictEqual(tiny.max, 5);
