'use strict';
// performance.markResourceTiming() (what fetch implementations call) and the resource
// timeline: PerformanceResourceTiming fields, the buffer, its limit and the full event.
const common = require('../common');
const assert = require('assert');
const { performance, PerformanceResourceTiming, PerformanceEntry, PerformanceObserver } = require('perf_hooks');

const timingInfo = {
  startTime: 100,
  redirectStartTime: 0,
  redirectEndTime: 0,
  postRedirectStartTime: 100,
  finalServiceWorkerStartTime: 0,
  finalNetworkRequestStartTime: 110,
  finalNetworkResponseStartTime: 120,
  endTime: 150,
  encodedBodySize: 10,
  decodedBodySize: 20,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 101,
    domainLookupEndTime: 102,
    connectionStartTime: 103,
    connectionEndTime: 105,
    secureConnectionStartTime: 104,
    ALPNNegotiatedProtocol: 'h2',
  },
};

const observer = new PerformanceObserver(common.mustCall((list) => {
  // Sorted by startTime; observers get every entry, whether the buffer keeps it or not.
  assert.deepStrictEqual(list.getEntries().map((entry) => entry.name), ['a', 'b', 'c', 'http://a/1', 'http://a/2']);
  observer.disconnect();
}));
observer.observe({ type: 'resource' });

const entry = performance.markResourceTiming(timingInfo, 'http://a/1', 'fetch', globalThis, '', {}, 200);
assert.ok(entry instanceof PerformanceResourceTiming);
assert.ok(entry instanceof PerformanceEntry);
assert.strictEqual(Object.prototype.toString.call(entry), '[object PerformanceResourceTiming]');
assert.deepStrictEqual(entry.toJSON(), {
  name: 'http://a/1',
  entryType: 'resource',
  startTime: 100,
  duration: 50,
  initiatorType: 'fetch',
  nextHopProtocol: 'h2',
  workerStart: 0,
  redirectStart: 0,
  redirectEnd: 0,
  fetchStart: 100,
  domainLookupStart: 101,
  domainLookupEnd: 102,
  connectStart: 103,
  connectEnd: 105,
  secureConnectionStart: 104,
  requestStart: 110,
  responseStart: 120,
  responseEnd: 150,
  transferSize: 310,  // the body plus 300 bytes of headers
  encodedBodySize: 10,
  decodedBodySize: 20,
});
assert.throws(() => new PerformanceResourceTiming(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

// No connection info (a reused or cached response); 'local' cache: nothing transferred.
const cached = performance.markResourceTiming({ ...timingInfo, finalConnectionTimingInfo: null },
                                              'http://a/2', 'fetch', globalThis, 'local', {}, 200);
assert.strictEqual(cached.nextHopProtocol, undefined);
assert.strictEqual(cached.domainLookupStart, undefined);
assert.strictEqual(cached.connectEnd, undefined);
assert.strictEqual(cached.transferSize, 0);
assert.throws(() => performance.markResourceTiming(timingInfo, 'x', 'fetch', globalThis, 'bogus', {}, 200),
              { code: 'ERR_INTERNAL_ASSERTION' });

// The resource timeline is part of getEntries*.
assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name), ['http://a/1', 'http://a/2']);
assert.deepStrictEqual(performance.getEntriesByName('http://a/1').map((e) => e.entryType), ['resource']);
assert.strictEqual(performance.getEntries().length, 2);
performance.clearResourceTimings('http://a/1');
assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name), ['http://a/2']);
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);

// A full buffer: later entries wait; 'resourcetimingbufferfull' fires (from setImmediate) and
// may make room; what still does not fit is dropped.
const info = (start) => ({ ...timingInfo, startTime: start, endTime: start + 1 });
performance.setResourceTimingBufferSize(1);
let events = 0;
performance.onresourcetimingbufferfull = common.mustCall(function(event) {
  events++;
  assert.strictEqual(this, performance);
  assert.strictEqual(event.type, 'resourcetimingbufferfull');
  assert.strictEqual(event.isTrusted, true);
  assert.strictEqual(performance.getEntriesByType('resource').length, 1);
  if (events === 1) performance.clearResourceTimings();
}, 2);
performance.addEventListener('resourcetimingbufferfull', common.mustCall(2));
performance.markResourceTiming(info(1), 'a', 'fetch', globalThis, '', {}, 200);
performance.markResourceTiming(info(2), 'b', 'fetch', globalThis, '', {}, 200);
performance.markResourceTiming(info(3), 'c', 'fetch', globalThis, '', {}, 200);
assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name), ['a']);
assert.strictEqual(events, 0);
// Queued after the event's immediate, so it runs after it.
setImmediate(common.mustCall(() => {
  assert.strictEqual(events, 2);
  assert.deepStrictEqual(performance.getEntriesByType('resource').map((e) => e.name), ['b']);
  performance.onresourcetimingbufferfull = null;
  performance.setResourceTimingBufferSize(250);
}));
