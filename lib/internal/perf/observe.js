'use strict';
// The performance timeline and PerformanceObserver.
//
// The timeline keeps the marks and measures performance.mark()/measure() made, each list
// sorted by startTime (getEntries lists marks before measures at equal times, as node does).
// Every new entry also goes to the connected observers that watch its type; their callbacks
// run in one batch from a setImmediate, so an observer sees the entries of a whole
// synchronous stretch at once. Only 'mark', 'measure' and 'function' entries are produced
// by lode so far; the other supported types can be observed but never arrive.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { makeDOMException } = require('internal/perf/utils');

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);
const kTimelineTypes = ['mark', 'measure'];

const timeline = { mark: [], measure: [] };

function insertByStartTime(list, entry) {
  // After every entry that does not start later: equal start times keep insertion order.
  const startTime = entry.startTime;
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle].startTime <= startTime) low = middle + 1;
    else high = middle;
  }
  list.splice(low, 0, entry);
}

function sortByStartTime(entries) {
  return entries.sort((a, b) => a.startTime - b.startTime);
}

function addToTimeline(entry) {
  insertByStartTime(timeline[entry.entryType], entry);
}

// Timeline entries of `type` (all timeline types when undefined), optionally only `name`.
function getTimelineEntries(type, name) {
  let entries;
  if (type === undefined) entries = sortByStartTime([...timeline.mark, ...timeline.measure]);
  else if (kTimelineTypes.includes(type)) entries = [...timeline[type]];
  else return [];
  if (name !== undefined) entries = entries.filter((entry) => entry.name === name);
  return entries;
}

function clearTimeline(type, name) {
  if (name === undefined) timeline[type].length = 0;
  else timeline[type] = timeline[type].filter((entry) => entry.name !== name);
}

// PerformanceObserverEntryList -----------------------------------------------------------

const kListToken = Symbol('kListToken');
let listEntries;

class PerformanceObserverEntryList {
  #entries;

  static {
    listEntries = (list) => {
      if (typeof list !== 'object' || list === null || !(#entries in list)) {
        throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', list);
      }
      return list.#entries;
    };
  }

  constructor(token = undefined, entries = undefined) {
    if (token !== kListToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = sortByStartTime(entries);
  }

  getEntries() {
    return [...listEntries(this)];
  }

  getEntriesByType(type) {
    const entries = listEntries(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    const entries = listEntries(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    // Unlike performance.getEntriesByName, null here means any type too.
    if (type == null) return entries.filter((entry) => entry.name === name);
    type = `${type}`;
    return entries.filter((entry) => entry.name === name && entry.entryType === type);
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(listEntries(this), nested)}`;
  }
}

Object.defineProperties(PerformanceObserverEntryList.prototype, {
  getEntries: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'PerformanceObserverEntryList', configurable: true },
});

// PerformanceObserver ----------------------------------------------------------------------

// An observer watches either a list of types given at once (entryTypes) or types added one
// call at a time (type); it cannot switch until disconnected.
const kModeNone = 0;
const kModeEntryTypes = 1;
const kModeSingleType = 2;

const connectedObservers = new Set();
const pendingObservers = new Set();
let dispatchScheduled = false;
let deliver;
let runCallback;
let watches;

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];
  #mode = kModeNone;
  #connected = false;
  #pending = false;

  static {
    deliver = (observer, entry) => {
      if (!observer.#types.has(entry.entryType)) return;
      observer.#buffer.push(entry);
      observer.#schedule();
    };
    watches = (observer, type) => observer.#types.has(type);
    runCallback = (observer) => {
      if (!observer.#pending) return;
      observer.#pending = false;
      const list = new PerformanceObserverEntryList(kListToken, observer.#takeBuffer());
      observer.#callback.call(observer, list, observer);
    };
  }

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  // On anything but an observer, these fail at the first private field, with a TypeError as
  // node's do (observe() checks its options first).
  observe(options = {}) {
    validateObject(options, 'options');
    // Own properties only, as node copies them: a prototype's or a proxy's are not seen.
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    // The mode is settled (and a switch refused) before the values are looked at; an
    // explicit null counts as given, so { entryTypes: null, type: 'mark' } is single-type.
    if (this.#mode === kModeNone) {
      if (type !== undefined) this.#mode = kModeSingleType;
      else this.#mode = kModeEntryTypes;
    } else if (this.#mode === kModeSingleType && entryTypes !== undefined) {
      throw makeDOMException('PerformanceObserver can not change to multiple observations',
                             'InvalidModificationError');
    } else if (this.#mode === kModeEntryTypes && type !== undefined) {
      throw makeDOMException('PerformanceObserver can not change to single observation',
                             'InvalidModificationError');
    }
    if (this.#mode === kModeEntryTypes) this.#observeEntryTypes(entryTypes);
    else this.#observeType(type, buffered);
  }

  disconnect() {
    connectedObservers.delete(this);
    pendingObservers.delete(this);
    this.#connected = false;
    this.#pending = false;
    this.#buffer = [];
    this.#types.clear();
    this.#mode = kModeNone;
  }

  takeRecords() {
    return this.#takeBuffer();
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const state = {
      connected: this.#connected,
      pending: this.#pending,
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    };
    return `PerformanceObserver ${inspect(state, nested)}`;
  }

  #observeEntryTypes(entryTypes) {
    if (!Array.isArray(entryTypes)) throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
    const types = entryTypes.filter((type) => kSupportedEntryTypes.includes(type));
    if (types.length === 0) {
      this.disconnect();
      return;
    }
    this.#types = new Set(types);
    this.#connect();
  }

  #observeType(type, buffered) {
    if (!kSupportedEntryTypes.includes(type)) return;
    this.#types.add(type);
    this.#connect();
    if (buffered) {
      // The callback runs even when the timeline holds nothing of this type.
      this.#buffer.push(...getTimelineEntries(type));
      this.#schedule();
    }
  }

  #connect() {
    this.#connected = true;
    connectedObservers.add(this);
  }

  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    pendingObservers.add(this);
    if (!dispatchScheduled) {
      dispatchScheduled = true;
      require('timers').setImmediate(dispatchPending);
    }
  }

  #takeBuffer() {
    const records = this.#buffer;
    this.#buffer = [];
    return records;
  }
}

Object.defineProperties(PerformanceObserver.prototype, {
  observe: kEnumerableProperty,
  disconnect: kEnumerableProperty,
  takeRecords: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'PerformanceObserver', configurable: true },
});

// A callback that throws stops the batch there, as in node.
function dispatchPending() {
  dispatchScheduled = false;
  const batch = [...pendingObservers];
  pendingObservers.clear();
  for (const observer of batch) runCallback(observer);
}

// Hands a new entry to every observer watching its type.
function enqueue(entry) {
  for (const observer of connectedObservers) deliver(observer, entry);
}

// Lets producers skip building entries nobody watches.
function hasObserversOf(type) {
  for (const observer of connectedObservers) {
    if (watches(observer, type)) return true;
  }
  return false;
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  addToTimeline,
  clearTimeline,
  enqueue,
  getTimelineEntries,
  hasObserversOf,
  kSupportedEntryTypes,
};

// The producers of node's entry types check for observers only once this module exists.
require('internal/perf/node_entries').observeLoaded(module.exports);
