'use strict';
// What require('perf_hooks') exports.
require('../common');
const assert = require('assert');
const perfHooks = require('perf_hooks');

assert.strictEqual(require('node:perf_hooks'), perfHooks);
assert.deepStrictEqual(Object.keys(perfHooks), [
  'Performance',
  'PerformanceEntry',
  'PerformanceMark',
  'PerformanceMeasure',
  'PerformanceObserver',
  'PerformanceObserverEntryList',
  'PerformanceResourceTiming',
  'monitorEventLoopDelay',
  'createHistogram',
  'performance',
  'constants',
]);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming']) {
  assert.strictEqual(typeof perfHooks[name], 'function', name);
  assert.strictEqual(perfHooks[name].name, name);
}
assert.deepStrictEqual(perfHooks.constants, {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});
// The entry classes share one base.
for (const name of ['PerformanceMark', 'PerformanceMeasure', 'PerformanceResourceTiming']) {
  assert.strictEqual(Object.getPrototypeOf(perfHooks[name]), perfHooks.PerformanceEntry);
}
assert.strictEqual(perfHooks.PerformanceEntry.length, 0);
