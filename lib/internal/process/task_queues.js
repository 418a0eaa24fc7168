'use strict';
// process.nextTick and queueMicrotask. After every callback from the loop, C++ calls
// processTicksAndRejections (only when tickInfo says there is work): it drains the nextTick
// queue, then V8's microtasks, and repeats until both are empty — node's exact order.

const {
  tickInfo,
  runMicrotasks,
  setTickCallback,
  enqueueMicrotask,
} = internalBinding('task_queue');
const { validateFunction } = require('internal/validators');
const { processPromiseRejections, hasRejectionToWarn } = require('internal/process/promises');
const frames = require('internal/async_context_frame');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A FIFO of tick records in fixed-size ring segments: O(1) push/shift without the cost of
// Array.prototype.shift on a long queue.
class TickQueue {
  static kSegmentSize = 2048;

  constructor() {
    this.head = this.tail = { items: new Array(TickQueue.kSegmentSize), top: 0, bottom: 0, next: null };
  }

  isEmpty() {
    return this.tail.top === this.tail.bottom && this.tail.next === null;
  }

  push(item) {
    let segment = this.head;
    if (segment.top === TickQueue.kSegmentSize) {
      segment = segment.next = { items: new Array(TickQueue.kSegmentSize), top: 0, bottom: 0, next: null };
      this.head = segment;
    }
    segment.items[segment.top++] = item;
  }

  shift() {
    let segment = this.tail;
    if (segment.bottom === segment.top) {
      if (segment.next === null) return null;
      segment = this.tail = segment.next;
    }
    const item = segment.items[segment.bottom];
    segment.items[segment.bottom++] = undefined;
    if (segment.bottom === segment.top && segment.next === null) segment.bottom = segment.top = 0;
    return item;
  }
}

const queue = new TickQueue();

function setHasTickScheduled(value) {
  tickInfo[kHasTickScheduled] = value ? 1 : 0;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  if (tickInfo[kHasTickScheduled] === 0) setHasTickScheduled(true);
  queue.push({ callback, args, frame: frames.current() });
}

function runTick(tock) {
  const { callback, args } = tock;
  // The AsyncLocalStorage context of the code that called nextTick.
  if (frames.isInUse()) return frames.runInFrame(tock.frame, callback, undefined, args);
  switch (args.length) {
    case 0: callback(); break;
    case 1: callback(args[0]); break;
    case 2: callback(args[0], args[1]); break;
    default: callback(...args);
  }
}

function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = queue.shift()) !== null) {
      runTick(tock);
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
  setHasTickScheduled(false);
  tickInfo[kHasRejectionToWarn] = hasRejectionToWarn() ? 1 : 0;
}

// Between two timers or two immediates: drain ticks and microtasks as after any callback.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
    runMicrotasks();
  }
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  // V8 carries the context frame into promise reactions, not into queued functions.
  if (frames.isInUse()) {
    const frame = frames.current();
    enqueueMicrotask(() => frames.runInFrame(frame, callback, undefined, []));
    return;
  }
  enqueueMicrotask(callback);
}

function setupTaskQueue() {
  setTickCallback(processTicksAndRejections);
  return { nextTick, queueMicrotask };
}

module.exports = { setupTaskQueue, nextTick, queueMicrotask, processTicksAndRejections, runNextTicks };
