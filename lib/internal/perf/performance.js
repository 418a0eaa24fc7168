'use strict';
// The Performance interface and its one instance, `performance` (also a global). It is an
// EventTarget: 'resourcetimingbufferfull' fires on it.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { now, timeOrigin } = require('internal/perf/utils');
const { getTimelineEntries } = require('internal/perf/observe');
const { mark, measure, clearMarks, clearMeasures } = require('internal/perf/usertiming');
const resourceTiming = require('internal/perf/resource_timing');
const { nodeTiming } = require('internal/perf/nodetiming');
const { eventLoopUtilization } = require('internal/perf/event_loop_utilization');
const { timerify } = require('internal/perf/timerify');

const kConstructToken = Symbol('kConstructToken');
let isPerformance;

class Performance extends EventTarget {
  static {
    isPerformance = (value) => typeof value === 'object' && value !== null && #brand in value;
  }

  #brand = true;

  constructor(token = undefined) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    clearMarks(name);
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    clearMeasures(name);
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
    resourceTiming.clearResourceTimings(name);
  }

  getEntries() {
    checkPerformance(this);
    return [...getTimelineEntries(), ...resourceTiming.getResourceEntries()];
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type === undefined) return [...getTimelineEntries(undefined, name), ...resourceTiming.getResourceEntries(name)];
    type = `${type}`;
    if (type === 'resource') return resourceTiming.getResourceEntries(name);
    return getTimelineEntries(type, name);
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'resource') return resourceTiming.getResourceEntries();
    return getTimelineEntries(type);
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    return mark(...arguments);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    return measure(...arguments);
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    // A WebIDL unsigned long: a number (a BigInt or Symbol throws), wrapped modulo 2^32.
    resourceTiming.setResourceTimingBufferSize(+maxSize >>> 0);
  }

  get timeOrigin() {
    checkPerformance(this);
    return timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return { nodeTiming, timeOrigin, eventLoopUtilization: eventLoopUtilization() };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Performance ${inspect({ nodeTiming, timeOrigin }, nested)}`;
  }
}

function checkPerformance(value) {
  if (!isPerformance(value)) throw new ERR_INVALID_ARG_TYPE('this', 'Performance', value);
}

function hiddenValue(value) {
  return { value, writable: true, enumerable: false, configurable: true };
}

Object.defineProperties(Performance.prototype, {
  clearMarks: kEnumerableProperty,
  clearMeasures: kEnumerableProperty,
  clearResourceTimings: kEnumerableProperty,
  getEntries: kEnumerableProperty,
  getEntriesByName: kEnumerableProperty,
  getEntriesByType: kEnumerableProperty,
  mark: kEnumerableProperty,
  measure: kEnumerableProperty,
  now: kEnumerableProperty,
  setResourceTimingBufferSize: kEnumerableProperty,
  timeOrigin: kEnumerableProperty,
  toJSON: kEnumerableProperty,
  // node's own additions are not part of the web interface, hence not enumerable.
  eventLoopUtilization: hiddenValue(eventLoopUtilization),
  nodeTiming: hiddenValue(nodeTiming),
  markResourceTiming: hiddenValue(resourceTiming.markResourceTiming),
  timerify: hiddenValue(timerify),
  [Symbol.toStringTag]: { value: 'Performance', writable: false, enumerable: false, configurable: true },
});

defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');

const performance = new Performance(kConstructToken);

module.exports = { Performance, performance };
