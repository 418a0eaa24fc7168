'use strict';
// The histograms of perf_hooks. Histogram is the read side every kind shares;
// RecordableHistogram (createHistogram) takes values from the user; ELDHistogram
// (monitorEventLoopDelay, "IntervalHistogram" in node's docs) is fed by a timer in C++.
// The counting itself lives in C++ (src/histogram.h, an HdrHistogram layout), which hands
// integer statistics back as BigInts; the Number forms are derived here.

const { Histogram: HistogramHandle } = internalBinding('performance');
const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');

const kInt64Max = 2n ** 63n - 1n;
// Only this module (and the modules it hands the token to) may construct histograms.
const kConstructToken = Symbol('kConstructToken');

let getHandle;
let isHistogram;

class Histogram {
  #handle;
  // Node hands out one Map per histogram and refills it on every read.
  #percentiles = new Map();
  #percentilesBigInt = new Map();

  static {
    getHandle = (histogram) => histogram.#handle;
    isHistogram = (value) => typeof value === 'object' && value !== null && #handle in value;
  }

  constructor(token = undefined, handle = undefined) {
    if (token !== kConstructToken) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#handle = handle;
  }

  get count() { return Number(handleOf(this).count()); }
  get countBigInt() { return handleOf(this).count(); }
  get min() { return Number(handleOf(this).min()); }
  get minBigInt() { return handleOf(this).min(); }
  get max() { return Number(handleOf(this).max()); }
  get maxBigInt() { return handleOf(this).max(); }
  get mean() { return handleOf(this).mean(); }
  get exceeds() { return Number(handleOf(this).exceeds()); }
  get exceedsBigInt() { return handleOf(this).exceeds(); }
  get stddev() { return handleOf(this).stddev(); }

  percentile(percentile) {
    return Number(handleOf(this).percentile(checkPercentile(percentile)));
  }

  percentileBigInt(percentile) {
    return handleOf(this).percentile(checkPercentile(percentile));
  }

  get percentiles() {
    const handle = handleOf(this);
    fillPercentiles(this.#percentiles, handle, Number);
    return this.#percentiles;
  }

  get percentilesBigInt() {
    const handle = handleOf(this);
    fillPercentiles(this.#percentilesBigInt, handle, (value) => value);
    return this.#percentilesBigInt;
  }

  reset() {
    handleOf(this).reset();
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    const summary = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    const nested = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Histogram ${inspect(summary, nested)}`;
  }
}

function handleOf(histogram) {
  if (!isHistogram(histogram)) throw new ERR_INVALID_THIS('Histogram');
  return getHandle(histogram);
}

function checkPercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (!(percentile > 0 && percentile <= 100)) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
  return percentile;
}

function fillPercentiles(map, handle, convert) {
  map.clear();
  const flat = handle.percentiles();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i], convert(flat[i + 1]));
}

// Node throws this one from C++, hence the bare message.
function valueOutOfRange() {
  const error = new RangeError('value is out of range');
  error.code = 'ERR_OUT_OF_RANGE';
  return error;
}

let isRecordable;

class RecordableHistogram extends Histogram {
  #recordable = true;

  static {
    isRecordable = (value) => typeof value === 'object' && value !== null && #recordable in value;
  }

  constructor(token = undefined, handle = undefined) {
    super(token, handle);
  }

  record(val) {
    const handle = recordableHandle(this);
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64Max) throw valueOutOfRange();
    } else {
      validateInteger(val, 'val', 1);
    }
    handle.record(val);
  }

  recordDelta() {
    recordableHandle(this).recordDelta();
  }

  add(other) {
    const handle = recordableHandle(this);
    if (other === undefined || other === null) {
      // node reads a field of `other` first, so these fail as a property read does.
      throw new TypeError(`Cannot read properties of ${other} (reading 'Symbol(kRecordable)')`);
    }
    if (!isRecordable(other)) throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    handle.add(getHandle(other));
  }
}

function recordableHandle(histogram) {
  if (histogram === undefined || histogram === null) {
    // node reads a field of the receiver first, so these fail as a property read does.
    throw new TypeError(`Cannot read properties of ${histogram} (reading 'Symbol(kRecordable)')`);
  }
  if (!isRecordable(histogram)) throw new ERR_INVALID_THIS('RecordableHistogram');
  return getHandle(histogram);
}

let isEventLoopDelay;

class ELDHistogram extends Histogram {
  #sampling = true;

  static {
    isEventLoopDelay = (value) => typeof value === 'object' && value !== null && #sampling in value;
  }

  constructor(token = undefined, handle = undefined) {
    super(token, handle);
  }

  // Both return whether the call changed anything.
  enable() {
    return samplerHandle(this).start();
  }

  disable() {
    return samplerHandle(this).stop();
  }
}

function samplerHandle(histogram) {
  if (!isEventLoopDelay(histogram)) throw new ERR_INVALID_THIS('ELDHistogram');
  return getHandle(histogram);
}

// Bits of sub-bucket index per significant-figure setting (HdrHistogram's layout): the C++
// side needs floor(log2(lowest)) plus this to stay within 61 bits.
const kSubBucketBits = [undefined, 4, 7, 10, 14, 17];

function floorLog2(value) {
  let bits = 0;
  for (let rest = value; rest >= 2; rest = Math.floor(rest / 2)) bits++;
  return bits;
}

function toSafeInteger(value, name, min) {
  if (typeof value === 'bigint') {
    if (value < BigInt(min) || value > BigInt(Number.MAX_SAFE_INTEGER)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
    }
    return Number(value);
  }
  validateInteger(value, name, min);
  return value;
}

function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const low = toSafeInteger(lowest, 'options.lowest', 1);
  const high = toSafeInteger(highest, 'options.highest', 2 * low);
  validateInteger(figures, 'options.figures', 1, 5);
  const bitsLeft = 61 - kSubBucketBits[figures];
  if (floorLog2(low) > bitsLeft) {
    throw new ERR_OUT_OF_RANGE('options.lowest', `< ${2 ** (bitsLeft + 1)} with ${figures} significant figures`,
                               lowest);
  }
  return new RecordableHistogram(kConstructToken, new HistogramHandle(low, high, figures));
}

function createEventLoopDelayHistogram(handle) {
  return new ELDHistogram(kConstructToken, handle);
}

module.exports = {
  Histogram,
  RecordableHistogram,
  ELDHistogram,
  createHistogram,
  createEventLoopDelayHistogram,
  isRecordableHistogram: (value) => isRecordable(value),
  recordDuration(histogram, nanoseconds) {
    // timerify's histogram: durations below 1 ns still count as one.
    getHandle(histogram).record(Math.max(1, Math.ceil(nanoseconds)));
  },
};
