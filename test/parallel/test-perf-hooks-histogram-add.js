'use strict';
// RecordableHistogram#add(other): merges other's buckets; count and exceeds carry over whole,
// and values above this histogram's highest are dropped.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const target = createHistogram();
target.record(3);
target.record(7);
const source = createHistogram();
source.record(9);
source.record(2n ** 60n);  // above the default highest: an exceed
assert.strictEqual(source.count, 1);
assert.strictEqual(source.exceeds, 1);

assert.strictEqual(target.add(source), undefined);
assert.strictEqual(target.count, 3);
assert.strictEqual(target.exceeds, 1);
assert.strictEqual(target.min, 3);
assert.strictEqual(target.max, 9);
assert.strictEqual(target.mean, 19 / 3);
// The source is unchanged.
assert.strictEqual(source.count, 1);
assert.strictEqual(source.max, 9);

// A smaller range: values beyond it are dropped from the buckets, yet still counted.
const narrow = createHistogram({ highest: 100 });
narrow.record(50);
const wide = createHistogram();
wide.record(1000);
wide.record(20);
wide.record(20);
narrow.add(wide);
assert.strictEqual(narrow.count, 4);
assert.strictEqual(narrow.exceeds, 0);
assert.strictEqual(narrow.max, 50);
assert.strictEqual(narrow.min, 20);
assert.deepStrictEqual([...narrow.percentiles], [[0, 20], [50, 20], [75, 50], [100, 50]]);

// Values move bucket by bucket: a coarser source gives its buckets' low ends.
const coarse = createHistogram({ figures: 1 });
coarse.record(1000);
const fine = createHistogram();
fine.add(coarse);
assert.strictEqual(fine.min, 992);
assert.strictEqual(fine.max, 992);
assert.strictEqual(coarse.max, 1023);

// Adding an empty histogram or itself.
const self = createHistogram();
self.record(5);
self.add(createHistogram());
assert.strictEqual(self.count, 1);
self.add(self);
assert.strictEqual(self.count, 2);
assert.deepStrictEqual([...self.percentiles], [[0, 5], [100, 5]]);
