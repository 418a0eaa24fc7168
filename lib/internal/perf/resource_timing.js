'use strict';
// Resource Timing: PerformanceResourceTiming entries, made by performance.markResourceTiming()
// (fetch implementations call it with the Fetch standard's timing info) and kept in their
// own buffer of at most setResourceTimingBufferSize() entries (250 by default).
//
// When the buffer is full, new entries wait in a secondary buffer and, from a setImmediate,
// 'resourcetimingbufferfull' fires on `performance`; its listeners may make room (clear
// entries or raise the limit). Waiting entries then move in while they fit; the rest are
// dropped once an event makes no progress (the Resource Timing spec's algorithm).

const {
  codes: { ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { PerformanceEntry, kEntryToken } = require('internal/perf/performance_entry');
const { enqueue } = require('internal/perf/observe');
const { createTrustedEvent } = require('internal/event_target');

// The Resource Timing spec's allowance for response headers when a body came off the network.
const kHeaderBytesEstimate = 300;

let resourceBuffer = [];
let resourceBufferLimit = 250;
let waitingEntries = [];
let bufferFullPending = false;

let resourceState;

class PerformanceResourceTiming extends PerformanceEntry {
  #timing;
  #initiatorType;
  #cacheMode;

  static {
    resourceState = (entry) => {
      if (typeof entry !== 'object' || entry === null || !(#timing in entry)) {
        throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceResourceTiming', entry);
      }
      return { timing: entry.#timing, initiatorType: entry.#initiatorType, cacheMode: entry.#cacheMode };
    };
  }

  constructor(token = undefined, requestedUrl, timingInfo, initiatorType, cacheMode) {
    super(token, requestedUrl, 'resource', timingInfo?.startTime, timingInfo?.endTime - timingInfo?.startTime);
    this.#timing = timingInfo;
    this.#initiatorType = initiatorType;
    this.#cacheMode = cacheMode;
  }

  get initiatorType() { return resourceState(this).initiatorType; }
  get workerStart() { return resourceState(this).timing.finalServiceWorkerStartTime; }
  get redirectStart() { return resourceState(this).timing.redirectStartTime; }
  get redirectEnd() { return resourceState(this).timing.redirectEndTime; }
  get fetchStart() { return resourceState(this).timing.postRedirectStartTime; }
  get domainLookupStart() { return connectionTiming(this)?.domainLookupStartTime; }
  get domainLookupEnd() { return connectionTiming(this)?.domainLookupEndTime; }
  get connectStart() { return connectionTiming(this)?.connectionStartTime; }
  get connectEnd() { return connectionTiming(this)?.connectionEndTime; }
  get secureConnectionStart() { return connectionTiming(this)?.secureConnectionStartTime; }
  get nextHopProtocol() { return connectionTiming(this)?.ALPNNegotiatedProtocol; }
  get requestStart() { return resourceState(this).timing.finalNetworkRequestStartTime; }
  get responseStart() { return resourceState(this).timing.finalNetworkResponseStartTime; }
  get responseEnd() { return resourceState(this).timing.endTime; }
  get encodedBodySize() { return resourceState(this).timing.encodedBodySize; }
  get decodedBodySize() { return resourceState(this).timing.decodedBodySize; }

  get transferSize() {
    const { timing, cacheMode } = resourceState(this);
    // Served from a local cache: nothing crossed the network.
    if (cacheMode === 'local') return 0;
    return timing.encodedBodySize + kHeaderBytesEstimate;
  }

  toJSON() {
    return {
      ...super.toJSON(),
      initiatorType: this.initiatorType,
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}

function connectionTiming(entry) {
  return resourceState(entry).timing.finalConnectionTimingInfo;
}

for (const name of Object.getOwnPropertyNames(PerformanceResourceTiming.prototype)) {
  if (name !== 'constructor') Object.defineProperty(PerformanceResourceTiming.prototype, name, kEnumerableProperty);
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  value: 'PerformanceResourceTiming', configurable: true,
});

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode, bodyInfo, responseStatus) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw new ERR_INTERNAL_ASSERTION("cache must be an empty string or 'local'");
  }
  const entry = new PerformanceResourceTiming(kEntryToken, requestedUrl, timingInfo, initiatorType, cacheMode);
  enqueue(entry);
  addToBuffer(entry);
  return entry;
}

function hasRoom() {
  return resourceBuffer.length < resourceBufferLimit;
}

function addToBuffer(entry) {
  if (hasRoom() && !bufferFullPending) {
    resourceBuffer.push(entry);
    return;
  }
  waitingEntries.push(entry);
  if (!bufferFullPending) {
    bufferFullPending = true;
    require('timers').setImmediate(fireBufferFull);
  }
}

function fireBufferFull() {
  const { performance } = require('internal/perf/performance');
  while (waitingEntries.length > 0) {
    const waitingBefore = waitingEntries.length;
    if (!hasRoom()) performance.dispatchEvent(createTrustedEvent('resourcetimingbufferfull'));
    while (waitingEntries.length > 0 && hasRoom()) resourceBuffer.push(waitingEntries.shift());
    if (waitingEntries.length >= waitingBefore) {
      waitingEntries = [];
      break;
    }
  }
  bufferFullPending = false;
}

function getResourceEntries(name = undefined) {
  if (name === undefined) return [...resourceBuffer];
  return resourceBuffer.filter((entry) => entry.name === name);
}

function clearResourceTimings(name = undefined) {
  if (name === undefined) {
    resourceBuffer = [];
    return;
  }
  name = `${name}`;
  resourceBuffer = resourceBuffer.filter((entry) => entry.name !== name);
}

// Node takes any value here without checking it; a non-number limit keeps every entry out.
function setResourceTimingBufferSize(maxSize) {
  resourceBufferLimit = maxSize;
}

module.exports = {
  PerformanceResourceTiming,
  markResourceTiming,
  getResourceEntries,
  clearResourceTimings,
  setResourceTimingBufferSize,
};
