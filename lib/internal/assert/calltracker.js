'use strict';
// assert.CallTracker (deprecated in Node.js 20, still supported): wraps functions, counts
// their calls, and reports those not called the expected number of times.

const AssertionError = require('internal/assert/assertion_error');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNAVAILABLE_DURING_EXIT },
} = require('internal/errors');
const { validateUint32 } = require('internal/validators');

const noop = () => {};

class TrackedCalls {
  constructor(name, expected) {
    this.name = name;
    this.expected = expected;
    this.calls = [];
    // Where calls() was called, for the report.
    this.origin = new Error();
  }

  mismatch() {
    const actual = this.calls.length;
    if (actual === this.expected) return undefined;
    return {
      message: `Expected the ${this.name} function to be executed ${this.expected} ` +
        `time(s) but was executed ${actual} time(s).`,
      actual,
      expected: this.expected,
      operator: this.name,
      stack: this.origin,
    };
  }
}

class CallTracker {
  #byWrapper = new WeakMap();
  #all = new Set();

  #lookup(tracked) {
    const record = this.#byWrapper.get(tracked);
    if (record === undefined) {
      throw new ERR_INVALID_ARG_VALUE('tracked', tracked, 'is not a tracked function');
    }
    return record;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const record of this.#all) record.calls = [];
      return;
    }
    this.#lookup(tracked).calls = [];
  }

  getCalls(tracked) {
    return Object.freeze(this.#lookup(tracked).calls.slice());
  }

  calls(fn, expected = 1) {
    if (process._exiting) throw new ERR_UNAVAILABLE_DURING_EXIT();
    if (typeof fn === 'number') {
      expected = fn;
      fn = noop;
    } else if (fn === undefined) {
      fn = noop;
    }
    validateUint32(expected, 'expected', true);
    const record = new TrackedCalls(fn.name || 'calls', expected);
    // A proxy keeps the function's own properties (name, length, custom ones) untouched.
    const wrapper = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        record.calls.push(Object.freeze({ thisArg, arguments: Object.freeze(args) }));
        return Reflect.apply(target, thisArg, args);
      },
    });
    this.#all.add(record);
    this.#byWrapper.set(wrapper, record);
    return wrapper;
  }

  report() {
    const result = [];
    for (const record of this.#all) {
      const mismatch = record.mismatch();
      if (mismatch !== undefined) result.push(mismatch);
    }
    return result;
  }

  verify() {
    const problems = this.report();
    if (problems.length === 0) return;
    const message = problems.length === 1 ? problems[0].message :
      'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: problems });
  }
}

module.exports = CallTracker;
