'use strict';
// How observers receive entries: batched per observer, delivered from a setImmediate (after
// nextTick and promise jobs), sorted by startTime, with takeRecords() and disconnect().
const common = require('../common');
const assert = require('assert');
const util = require('util');
const { performance, PerformanceObserver, PerformanceObserverEntryList } = require('perf_hooks');

const order = [];
const main = new PerformanceObserver(common.mustCall(function(list, observer) {
  assert.strictEqual(arguments.length, 2);
  assert.strictEqual(this, main);
  assert.strictEqual(observer, main);
  assert.ok(list instanceof PerformanceObserverEntryList);
  // Everything made before delivery, sorted by startTime; equal times keep arrival order.
  assert.deepStrictEqual(list.getEntries().map((entry) => `${entry.entryType}:${entry.name}`), [
    'measure:span', 'mark:early', 'measure:span', 'measure:taken',
    'mark:first', 'mark:second', 'mark:third', 'mark:chain',
  ]);
  order.push('observer');
  observer.disconnect();
}));
main.observe({ entryTypes: ['mark', 'measure'] });

performance.mark('first');
assert.match(util.inspect(main, { breakLength: Infinity }), /^PerformanceObserver \{ connected: true, pending: true,/);
setImmediate(() => order.push('immediate'));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
performance.mark('second');
performance.measure('span', { start: 1, end: 2 });
performance.mark('early', { startTime: 1 });
// Not delivered: no observer watches 'bogus' entries, and new PerformanceMark is not queued.
new (require('perf_hooks').PerformanceMark)('constructed');

// An observer disconnected before delivery is not called.
const dropped = new PerformanceObserver(common.mustNotCall());
dropped.observe({ type: 'mark' });
performance.mark('third');
dropped.disconnect();

// Observers only get the types they watch.
const measuresOnly = new PerformanceObserver(common.mustCall((list) => {
  assert.deepStrictEqual(list.getEntries().map((entry) => entry.name), ['span', 'taken']);
  measuresOnly.disconnect();
}));
measuresOnly.observe({ type: 'measure' });
performance.measure('span', { start: 1, end: 2 });

// Entries made inside a callback go out in a later batch.
let rounds = 0;
const chained = new PerformanceObserver(common.mustCall((list) => {
  rounds++;
  if (rounds === 1) {
    // Only what was made after observe().
    assert.deepStrictEqual(list.getEntries().map((entry) => entry.name), ['chain']);
    performance.mark('from-callback');
  } else {
    assert.deepStrictEqual(list.getEntries().map((entry) => entry.name), ['from-callback']);
    chained.disconnect();
  }
}, 2));
chained.observe({ type: 'mark' });
performance.mark('chain');

// takeRecords() empties the buffer; the callback still runs, with an empty list.
const taker = new PerformanceObserver(common.mustCall((list) => {
  assert.deepStrictEqual(list.getEntries(), []);
  order.push('taker');
  taker.disconnect();
}));
taker.observe({ type: 'measure' });
performance.measure('taken', { start: 3, end: 4 });
const records = taker.takeRecords();
assert.deepStrictEqual(records.map((entry) => entry.name), ['taken']);
assert.deepStrictEqual(taker.takeRecords(), []);

// Immediates run in order: this one after the first delivery, the nested one after the second.
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, ['tick', 'promise', 'observer', 'taker', 'immediate']);
  assert.strictEqual(rounds, 1);
  setImmediate(common.mustCall(() => assert.strictEqual(rounds, 2)));
}));
