'use strict';
// The JS half of timers and immediates (the loop half is src/timers.cc).
//
// Timers are kept in one list per duration, in insertion order, so timers of equal duration
// fire in the order they were set; the lists sit in a binary heap ordered by their next
// expiry, and C++ is told only the nearest one. Immediates are one FIFO list; the ones queued
// while the check phase runs wait for the next loop iteration.

const binding = internalBinding('timers');
const {
  getLibuvNow,
  scheduleTimer,
  toggleTimerRef,
  toggleImmediateRef,
  immediateInfo,
} = binding;
const { triggerUncaughtException } = internalBinding('errors');
const PriorityQueue = require('internal/priority_queue');
const frames = require('internal/async_context_frame');
const { validateFunction, validateNumber } = require('internal/validators');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');

const kCount = 0;
const kRefCount = 1;

const TIMEOUT_MAX = 2 ** 31 - 1;

const kRefed = Symbol('refed');
const kNoArguments = Object.freeze([]);
const kHasPrimitive = Symbol('kHasPrimitive');
const kTimerId = Symbol('timerId');
const kCreatedAt = Symbol('createdAt');
const kAsyncFrame = Symbol('asyncFrame');

let whyAlive;
function creationSite() {
  whyAlive ??= require('internal/process/why_alive');
  return whyAlive.captureCreationSite();
}
// --why-alive makes timers and immediates remember where they were created.
const trackCreation = process._lodeOptions['--why-alive'] !== undefined;

let nextTimerId = 1;
let timerListId = 0;
let nextExpiry = Infinity;
let refCount = 0;  // ref'd timers still pending

// Timeouts converted to a primitive (for clearTimeout(number)) are found here.
const knownTimersById = Object.create(null);

const timerListMap = Object.create(null);
const timerListQueue = new PriorityQueue(
  (a, b) => (a.expiry - b.expiry) || (a.id - b.id),
  (list, position) => { list.position = position; });

// A circular doubly linked list with a sentinel: O(1) append and removal.
function initList(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

function listIsEmpty(list) {
  return list._idleNext === list;
}

function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}

function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.position = null;
  }
}

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// Node's coercion of a delay: not a number in [1, 2^31-1] means 1 (with a warning above).
function normalizeDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
                          'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = normalizeDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kTimerId] = nextTimerId++;
    this[kAsyncFrame] = frames.current();
    if (trackCreation) this[kCreatedAt] = creationSite();
    if (isRefed) incRefCount();
  }

  refresh() {
    if (this[kRefed]) active(this);
    else unrefActive(this);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[kTimerId];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// Puts `item` (back) on the list for its duration, starting now (or at `start`).
function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    timerListQueue.insert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, item);
}

function insertGuarded(item, refed, start) {
  const msecs = item._idleTimeout;
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || !item[kRefed] !== !refed) {
    item._destroyed = false;
    if (refed) {
      if (!item[kRefed] || wasDestroyed) incRefCount();
    } else if (item[kRefed] && !wasDestroyed) {
      decRefCount();
    }
    item[kRefed] = refed;
  }
}

function active(item) {
  insertGuarded(item, true);
}

function unrefActive(item) {
  insertGuarded(item, false);
}

// Takes a timer off its list; it will not fire.
function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[kTimerId]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && item._idleNext !== null && item._idleNext !== item) {
    listRemove(item);
    if (listIsEmpty(list)) {
      timerListQueue.removeAt(list.position);
      delete timerListMap[list.msecs];
    }
  } else {
    listRemove(item);
  }
  item._idleTimeout = -1;
}

function runTimerCallback(timer) {
  const args = timer._timerArgs;
  try {
    if (frames.isInUse()) frames.runInFrame(timer[kAsyncFrame], timer._onTimeout, timer, args ?? []);
    else if (args === undefined) timer._onTimeout();
    else Reflect.apply(timer._onTimeout, timer, args);
  } catch (err) {
    // The rest of the timers still run once the error has been reported.
    triggerUncaughtException(err, false);
  }
}

let runNextTicks;

// Between two timers or two immediates, ticks and microtasks drain. If one of them throws,
// the error is reported and the next timer or immediate still runs (the rest of the ticks
// wait for the next drain), as in node.
function drainBetweenCallbacks() {
  try {
    runNextTicks();
  } catch (err) {
    triggerUncaughtException(err, false);
  }
}

// Called from C++ when the uv timer fires. Returns the next expiry: positive when a ref'd
// timer remains, negative when only unref'd ones do, 0 when none.
function processTimers(now) {
  nextExpiry = Infinity;
  let list;
  let ranAtLeastOneList = false;
  while ((list = timerListQueue.peek()) != null) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) drainBetweenCallbacks();
    else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = list._idleNext) !== list) {
    const elapsed = now - timer._idleStart;
    if (elapsed < msecs) {
      // The rest of this list is not due yet: requeue it at the first timer's expiry.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      timerListQueue.percolateDown(1);
      return;
    }
    if (ranAtLeastOneTimer) drainBetweenCallbacks();
    else ranAtLeastOneTimer = true;

    listRemove(timer);
    if (timer._destroyed) continue;
    // An object given to the legacy timers.active()/enroll() without an _onTimeout of its own
    // just leaves the list, as in node.
    if (!timer._onTimeout) {
      timer._destroyed = true;
      if (timer[kRefed]) decRefCount();
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    runTimerCallback(timer);

    if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
      timer._idleTimeout = timer._repeat;
      insert(timer, timer._idleTimeout, start);
    } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
      timer._destroyed = true;
      if (timer[kHasPrimitive]) delete knownTimersById[timer[kTimerId]];
      if (timer[kRefed]) decRefCount();
    }
  }
  // Only drop the list if nothing re-created a list for this duration meanwhile.
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    timerListQueue.shift();
  }
}

// Immediates ----------------------------------------------------------------------------------

// A singly walked FIFO. Clearing an immediate only marks it destroyed; the walker skips it,
// so clearing during a batch (even the next one) never breaks the walk.
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) this.tail._idleNext = item;
    else this.head = item;
    this.tail = item;
  }
}

const immediateQueue = new ImmediateList();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[kAsyncFrame] = frames.current();
    if (trackCreation) this[kCreatedAt] = creationSite();
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return Boolean(this[kRefed]);
  }
}

function destroyImmediate(immediate) {
  if (immediate._destroyed) return;
  immediate._destroyed = true;
  immediateInfo[kCount]--;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
}

function clearImmediateItem(immediate) {
  if (!immediate || immediate._destroyed) return;
  destroyImmediate(immediate);
  immediate._onImmediate = null;
}

// Runs, in order, the immediates queued before this check phase began; those queued while it
// runs form the next batch (next loop iteration).
function processImmediate() {
  let immediate = immediateQueue.head;
  immediateQueue.head = immediateQueue.tail = null;
  let ranAtLeastOne = false;
  while (immediate !== null) {
    if (!immediate._destroyed) {
      if (ranAtLeastOne) drainBetweenCallbacks();
      else ranAtLeastOne = true;
    }
    // A nextTick above may have cleared it.
    if (!immediate._destroyed) {
      const callback = immediate._onImmediate;
      const argv = immediate._argv;
      destroyImmediate(immediate);
      try {
        if (frames.isInUse()) frames.runInFrame(immediate[kAsyncFrame], callback, immediate, argv ?? []);
        // Reflect.apply: a callback's own call/apply may have been replaced.
        else Reflect.apply(callback, immediate, argv ?? kNoArguments);
      } catch (err) {
        // Reported; if a listener handled it, the rest of the batch still runs.
        triggerUncaughtException(err, false);
      }
    }
    const next = immediate._idleNext;
    immediate._idleNext = null;
    immediate = next;
  }
}

function setupTimers(processTicks) {
  runNextTicks = processTicks;
  binding.setupTimers(processImmediate, processTimers);
}

function activeTimerCount() {
  return refCount;
}

// The ref'd timers and immediates still pending, for the --why-alive report.
function activeTimers() {
  const found = [];
  for (const key of Object.keys(timerListMap)) {
    const list = timerListMap[key];
    for (let timer = list._idleNext; timer !== list; timer = timer._idleNext) {
      if (timer[kRefed] && !timer._destroyed) found.push(timer);
    }
  }
  return found;
}

function activeImmediates() {
  const found = [];
  for (let item = immediateQueue.head; item !== null; item = item._idleNext) {
    if (item[kRefed] && !item._destroyed) found.push(item);
  }
  return found;
}

module.exports = {
  TIMEOUT_MAX,
  // Where a socket (net, http2) keeps its idle Timeout, as node's internals name it.
  kTimeout: Symbol('timeout'),
  Timeout,
  Immediate,
  clearImmediateItem,
  immediateInfo,
  kCount,
  kRefCount,
  kRefed,
  kHasPrimitive,
  kTimerId,
  knownTimersById,
  insert,
  normalizeDelay,
  active,
  unrefActive,
  unenroll,
  setupTimers,
  activeTimerCount,
  activeTimers,
  activeImmediates,
  kCreatedAt,
  getLibuvNow,
  validateTimerDuration(msecs, name) {
    validateNumber(msecs, name);
    if (msecs < 0 || !Number.isFinite(msecs)) {
      throw new ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs);
    }
    if (msecs > TIMEOUT_MAX) {
      process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\n` +
                          `Timer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
      return TIMEOUT_MAX;
    }
    return msecs;
  },
  validateFunction,
};
