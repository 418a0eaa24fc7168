'use strict';
// v8.GCProfiler records each garbage collection between start() and stop(): its type, the
// heap before and after, and what it cost.
require('../common');
const assert = require('assert');
const { GCProfiler, getHeapSpaceStatistics } = require('v8');

function makeGarbage() {
  let kept = 0;
  for (let round = 0; round < 40; round++) {
    const garbage = Array.from({ length: 50000 }, (_, i) => ({ i, text: `t${i}` }));
    kept += garbage.length;
  }
  return kept;
}

const profiler = new GCProfiler();
assert.strictEqual(profiler.stop(), undefined);  // not started
assert.strictEqual(profiler.start(), undefined);
profiler.start();  // already started: no effect
const before = Date.now();
makeGarbage();
const profile = profiler.stop();
assert.strictEqual(profiler.stop(), undefined);

assert.deepStrictEqual(Object.keys(profile), ['version', 'startTime', 'statistics', 'endTime']);
assert.strictEqual(profile.version, 1);
assert.ok(Number.isInteger(profile.startTime) && profile.startTime <= before);
assert.ok(profile.endTime >= profile.startTime);
assert.ok(profile.statistics.length > 0, 'no collection recorded');

const heapKeys = ['totalHeapSize', 'totalHeapSizeExecutable', 'totalPhysicalSize', 'totalAvailableSize',
                  'totalGlobalHandlesSize', 'usedGlobalHandlesSize', 'usedHeapSize', 'heapSizeLimit',
                  'mallocedMemory', 'externalMemory', 'peakMallocedMemory'];
const spaceNames = getHeapSpaceStatistics().map((space) => space.space_name);
for (const record of profile.statistics) {
  assert.deepStrictEqual(Object.keys(record), ['gcType', 'beforeGC', 'cost', 'afterGC']);
  assert.ok(['Scavenge', 'MinorMarkCompact', 'MarkSweepCompact', 'IncrementalMarking',
             'ProcessWeakCallbacks'].includes(record.gcType), record.gcType);
  assert.ok(record.cost >= 0);
  for (const heap of [record.beforeGC, record.afterGC]) {
    assert.deepStrictEqual(Object.keys(heap), ['heapStatistics', 'heapSpaceStatistics']);
    assert.deepStrictEqual(Object.keys(heap.heapStatistics), heapKeys);
    assert.ok(heap.heapStatistics.usedHeapSize > 0);
    assert.deepStrictEqual(heap.heapSpaceStatistics.map((space) => space.spaceName), spaceNames);
    for (const space of heap.heapSpaceStatistics) {
      assert.deepStrictEqual(Object.keys(space),
                             ['spaceName', 'spaceSize', 'spaceUsedSize', 'spaceAvailableSize', 'physicalSpaceSize']);
    }
  }
}
assert.ok(profile.statistics.some((record) => record.gcType === 'Scavenge'));

// Two profilers at once both see the collections; a stopped one no longer does.
{
  const first = new GCProfiler();
  const second = new GCProfiler();
  first.start();
  second.start();
  makeGarbage();
  const firstProfile = first.stop();
  makeGarbage();
  const secondProfile = second.stop();
  assert.ok(firstProfile.statistics.length > 0);
  assert.ok(secondProfile.statistics.length > firstProfile.statistics.length);
}
