'use strict';
// User Timing: PerformanceMark, PerformanceMeasure and performance.mark/measure/clear*.
//
// measure() accepts a start and an end as mark names, node milestone names ('loopStart',
// ...) or timestamps; it remembers, per mark name, the startTime of the latest mark created
// with that name (including marks built with `new PerformanceMark`).

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateNumber, validateObject, validateString, kValidateObjectAllowNullable } =
  require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const { now, getMilestone, isMilestoneName, makeDOMException, cloneDetail } = require('internal/perf/utils');
const { PerformanceEntry, kEntryToken } = require('internal/perf/performance_entry');
const { addToTimeline, clearTimeline, enqueue } = require('internal/perf/observe');

const latestMarkTimes = new Map();

let isMark;

class PerformanceMark extends PerformanceEntry {
  #detail;

  static {
    isMark = (value) => typeof value === 'object' && value !== null && #detail in value;
  }

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (isMilestoneName(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    const detail = cloneDetail(options?.detail);
    super(kEntryToken, name, 'mark', startTime, 0);
    this.#detail = detail;
    latestMarkTimes.set(name, startTime);
  }

  get detail() {
    if (!isMark(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMark', this);
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

Object.defineProperties(PerformanceMark.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'PerformanceMark', configurable: true },
});

let isMeasure;

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  static {
    isMeasure = (value) => typeof value === 'object' && value !== null && #detail in value;
  }

  constructor(token = undefined, name, startTime, duration, detail) {
    super(token, name, 'measure', startTime, duration);
    this.#detail = detail;
  }

  get detail() {
    if (!isMeasure(this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMeasure', this);
    return this.#detail;
  }

  toJSON() {
    return { ...super.toJSON(), detail: this.detail };
  }
}

Object.defineProperties(PerformanceMeasure.prototype, {
  detail: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'PerformanceMeasure', configurable: true },
});

// A point in time named by measure(): a timestamp, a milestone or a mark.
function resolveTime(point) {
  if (typeof point === 'number') {
    if (point < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(point);
    return point;
  }
  const name = `${point}`;
  if (isMilestoneName(name)) return getMilestone(name);
  const time = latestMarkTimes.get(name);
  if (time === undefined) throw makeDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return time;
}

// The end is worked out before the start, so its errors come first (as in node).
function measureFromOptions(options, endMark) {
  const { start, end, duration, detail } = options;
  if (endMark !== undefined && (start !== undefined || end !== undefined)) {
    throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
  }
  if (start !== undefined && end !== undefined && duration !== undefined) {
    throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
      'Must not have options.start, options.end, and options.duration specified');
  }
  let endTime;
  if (endMark !== undefined) endTime = resolveTime(endMark);
  else if (end !== undefined) endTime = resolveTime(end);
  else if (start !== undefined && duration !== undefined) endTime = resolveTime(start) + resolveTime(duration);
  else endTime = now();
  let startTime = 0;
  if (start !== undefined) startTime = resolveTime(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - resolveTime(duration);
  return { startTime, endTime, detail: cloneDetail(detail) };
}

function mark(name, options = undefined) {
  const entry = new PerformanceMark(...arguments);
  addToTimeline(entry);
  enqueue(entry);
  return entry;
}

function measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  validateString(name, 'name');
  let range;
  if (typeof startOrMeasureOptions === 'object' && startOrMeasureOptions !== null) {
    range = measureFromOptions(startOrMeasureOptions, endMark);
  } else {
    // A start that is not a string (a number included) counts from timeOrigin.
    const endTime = endMark !== undefined ? resolveTime(endMark) : now();
    const startTime = typeof startOrMeasureOptions === 'string' ? resolveTime(startOrMeasureOptions) : 0;
    range = { startTime, endTime, detail: null };
  }
  const entry = new PerformanceMeasure(kEntryToken, name, range.startTime, range.endTime - range.startTime,
                                       range.detail);
  addToTimeline(entry);
  enqueue(entry);
  return entry;
}

function clearMarks(name = undefined) {
  if (name === undefined) {
    latestMarkTimes.clear();
    clearTimeline('mark');
    return;
  }
  name = `${name}`;
  latestMarkTimes.delete(name);
  clearTimeline('mark', name);
}

function clearMeasures(name = undefined) {
  clearTimeline('measure', name === undefined ? undefined : `${name}`);
}

module.exports = {
  PerformanceMark,
  PerformanceMeasure,
  mark,
  measure,
  clearMarks,
  clearMeasures,
};
