'use strict';
// observe({ type, buffered: true }) also delivers what the timeline already holds, copied at
// observe() time; the callback runs even when there is nothing to deliver.
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { performance, PerformanceObserver } = require('perf_hooks');

performance.mark('one', { startTime: 5 });
performance.mark('two', { startTime: 1 });
performance.measure('span', { start: 2, end: 3 });

const marks = new PerformanceObserver(common.mustCall((list, observer) => {
  // Sorted, and including a mark made after observe() but before delivery.
  assert.deepStrictEqual(list.getEntries().map((entry) => entry.name), ['two', 'one', 'three']);
  observer.disconnect();
}));
marks.observe({ type: 'mark', buffered: true });
assert.match(util.inspect(marks), /pending: true/);

const measures = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.deepStrictEqual(list.getEntries().map((entry) => entry.name), ['span']);
  observer.disconnect();
}));
// Any truthy value counts.
measures.observe({ type: 'measure', buffered: 1 });

// Copied at observe() time: clearing the timeline afterwards changes nothing.
performance.clearMeasures();
performance.mark('three', { startTime: 7 });

// Nothing buffered of this type: called anyway, with an empty list.
const functions = new PerformanceObserver(common.mustCall((list, observer) => {
  assert.deepStrictEqual(list.getEntries(), []);
  observer.disconnect();
}));
functions.observe({ type: 'function', buffered: true });

// Without buffered (or with a falsy one), earlier entries are not delivered.
const unbuffered = new PerformanceObserver(common.mustNotCall());
unbuffered.observe({ type: 'mark', buffered: false });
assert.match(util.inspect(unbuffered), /pending: false/);
// entryTypes ignores buffered.
const list = new PerformanceObserver(common.mustNotCall());
list.observe({ entryTypes: ['mark'], buffered: true });
assert.match(util.inspect(list), /pending: false/);
setImmediate(() => {
  unbuffered.disconnect();
  list.disconnect();
});

// A type observed again with buffered: true delivers the buffer again.
const twice = new PerformanceObserver(common.mustCall((entries, observer) => {
  assert.deepStrictEqual(entries.getEntries().map((entry) => entry.name), ['two', 'two', 'one', 'one', 'three', 'three']);
  observer.disconnect();
}));
twice.observe({ type: 'mark', buffered: true });
twice.observe({ type: 'mark', buffered: true });
