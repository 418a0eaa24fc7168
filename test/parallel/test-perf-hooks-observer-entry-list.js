'use strict';
// PerformanceObserverEntryList: what an observer callback receives.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

assert.throws(() => new PerformanceObserverEntryList(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
});
assert.throws(() => PerformanceObserverEntryList.prototype.getEntries.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceObserverEntryList. Received an instance of Object',
});
for (const name of ['getEntries', 'getEntriesByType', 'getEntriesByName']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(PerformanceObserverEntryList.prototype, name).enumerable, true);
}

const observer = new PerformanceObserver(common.mustCall((list) => {
  assert.strictEqual(Object.prototype.toString.call(list), '[object PerformanceObserverEntryList]');
  const names = (entries) => entries.map((entry) => `${entry.entryType}:${entry.name}`);
  assert.deepStrictEqual(names(list.getEntries()), ['measure:q', 'mark:r', 'mark:5', 'mark:q']);
  assert.notStrictEqual(list.getEntries(), list.getEntries());
  assert.deepStrictEqual(names(list.getEntriesByType('mark')), ['mark:r', 'mark:5', 'mark:q']);
  assert.deepStrictEqual(names(list.getEntriesByType('measure')), ['measure:q']);
  assert.deepStrictEqual(list.getEntriesByType('function'), []);
  assert.deepStrictEqual(names(list.getEntriesByName('q')), ['measure:q', 'mark:q']);
  assert.deepStrictEqual(names(list.getEntriesByName('q', 'mark')), ['mark:q']);
  assert.deepStrictEqual(names(list.getEntriesByName('q', undefined)), ['measure:q', 'mark:q']);
  assert.deepStrictEqual(list.getEntriesByName('q', 'bogus'), []);
  // Arguments become strings.
  assert.deepStrictEqual(names(list.getEntriesByName(5)), ['mark:5']);
  // Unlike performance.getEntriesByName(), a null type means any type.
  assert.deepStrictEqual(names(list.getEntriesByName('q', null)), ['measure:q', 'mark:q']);
  assert.deepStrictEqual(list.getEntriesByName('q', ''), []);
  assert.deepStrictEqual(list.getEntriesByType(null), []);
  assert.throws(() => list.getEntriesByName(), {
    code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
  });
  assert.throws(() => list.getEntriesByType(), {
    code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
  });
  assert.match(util.inspect(list), /^PerformanceObserverEntryList \[\n {2}PerformanceMeasure \{\n/);
  assert.strictEqual(util.inspect(list, { depth: 0 }), 'PerformanceObserverEntryList [Array]');
  observer.disconnect();
}));
observer.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('q', { startTime: 9 });
performance.measure('q', { start: 1, end: 2 });
performance.mark('r', { startTime: 1 });
performance.mark('5', { startTime: 3 });
