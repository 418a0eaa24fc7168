'use strict';
// PerformanceEntry, the base of every entry perf_hooks hands out, and PerformanceNodeEntry,
// the kind node uses for its own entry types ('function' from timerify). Users cannot
// construct either; lode's modules pass kEntryToken.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');

const kEntryToken = Symbol('kEntryToken');

let isPerformanceEntry;

class PerformanceEntry {
  #name;
  #entryType;
  #startTime;
  #duration;

  static {
    isPerformanceEntry = (value) => typeof value === 'object' && value !== null && #name in value;
  }

  constructor(token = undefined, name, entryType, startTime, duration) {
    if (token !== kEntryToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#entryType = entryType;
    this.#startTime = startTime;
    this.#duration = duration;
  }

  get name() {
    checkEntry(this);
    return this.#name;
  }

  get entryType() {
    checkEntry(this);
    return this.#entryType;
  }

  get startTime() {
    checkEntry(this);
    return this.#startTime;
  }

  get duration() {
    checkEntry(this);
    return this.#duration;
  }

  toJSON() {
    checkEntry(this);
    return {
      name: this.#name,
      entryType: this.#entryType,
      startTime: this.#startTime,
      duration: this.#duration,
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), nested)}`;
  }
}

// WebIDL attributes and operations are enumerable; class syntax makes them not.
Object.defineProperties(PerformanceEntry.prototype, {
  name: kEnumerableProperty,
  entryType: kEnumerableProperty,
  startTime: kEnumerableProperty,
  duration: kEnumerableProperty,
  toJSON: kEnumerableProperty,
});

function checkEntry(value) {
  if (!isPerformanceEntry(value)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', value);
}

// An entry with a `detail`, for the entry types node itself produces.
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(token, name, entryType, startTime, duration, detail) {
    super(token, name, entryType, startTime, duration);
    this.#detail = detail;
  }

  get detail() {
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

Object.defineProperty(PerformanceNodeEntry.prototype, 'detail', kEnumerableProperty);

function createNodeEntry(name, entryType, startTime, duration, detail) {
  return new PerformanceNodeEntry(kEntryToken, name, entryType, startTime, duration, detail);
}

module.exports = {
  PerformanceEntry,
  kEntryToken,
  isPerformanceEntry,
  createNodeEntry,
};
