'use strict';
// The iterator-helper methods of Readable (map, filter, take, toArray, reduce, …). Each is
// written over async iteration of the stream; lib/stream.js installs them on
// Readable.prototype, turning the stream-returning ones' generators back into Readables.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateInteger,
  validateObject,
} = require('internal/validators');
const { isWritable, isNodeStream } = require('internal/streams/utils');
const { addAbortSignalNoValidate } = require('internal/streams/add-abort-signal');
const { finished } = require('internal/streams/end-of-stream');

let staticCompose;

// A mapped value that is not passed on (filter's rejects, forEach's results).
const kSkip = Symbol('kSkip');
// The end of the source, as queued by map's reader.
const kSourceEnd = Symbol('kSourceEnd');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options?.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function compose(stream, options) {
  validateOptions(options);
  if (isNodeStream(stream) && !isWritable(stream)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be writable');
  }
  staticCompose ??= require('internal/streams/compose');
  const composed = staticCompose(this, stream);
  if (options?.signal) addAbortSignalNoValidate(options.signal, composed);
  return composed;
}

// A signal for the mapper functions: aborts when the caller's signal does.
function followSignal(outer) {
  const controller = new AbortController();
  if (!outer) return { signal: controller.signal, stop() {} };
  const forward = () => { controller.abort(outer.reason); };
  if (outer.aborted) {
    forward();
    return { signal: controller.signal, stop() {} };
  }
  outer.addEventListener('abort', forward, { __proto__: null, once: true });
  return {
    signal: controller.signal,
    stop() { outer.removeEventListener('abort', forward); },
  };
}

// map(fn, { concurrency, highWaterMark, signal }): up to `concurrency` calls of fn run at once;
// results come out in source order, and at most concurrency + highWaterMark of them wait.
function map(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  validateOptions(options);

  let concurrency = 1;
  if (options?.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options?.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  const queueLimit = highWaterMark + concurrency;

  return async function* map() {
    const { signal, stop } = followSignal(options?.signal);
    const source = this;
    const fnOptions = { signal };
    // Promises of results in source order; the last entry may be kSourceEnd.
    const queue = [];
    let inFlight = 0;
    let done = false;
    let wakeConsumer = null;
    let wakeReader = null;

    function notifyConsumer() {
      if (wakeConsumer) {
        wakeConsumer();
        wakeConsumer = null;
      }
    }

    function maybeWakeReader() {
      if (wakeReader && !done && inFlight < concurrency && queue.length < queueLimit) {
        wakeReader();
        wakeReader = null;
      }
    }

    function onSettled() {
      inFlight -= 1;
      maybeWakeReader();
    }

    function onFailed() {
      done = true;
      onSettled();
    }

    async function readSource() {
      try {
        for await (let value of source) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            value = fn(value, fnOptions);
            if (value === kSkip) continue;
            value = Promise.resolve(value);
          } catch (err) {
            value = Promise.reject(err);
          }
          inFlight += 1;
          value.then(onSettled, onFailed);
          queue.push(value);
          notifyConsumer();
          if (!done && (queue.length >= queueLimit || inFlight >= concurrency)) {
            await new Promise((resolve) => { wakeReader = resolve; });
          }
        }
        queue.push(kSourceEnd);
      } catch (err) {
        const failed = Promise.reject(err);
        failed.then(onSettled, onFailed);
        queue.push(failed);
      } finally {
        done = true;
        notifyConsumer();
      }
    }

    readSource();

    try {
      while (true) {
        while (queue.length > 0) {
          const value = await queue[0];
          if (value === kSourceEnd) return;
          if (signal.aborted) throw new AbortError();
          if (value !== kSkip) yield value;
          queue.shift();
          maybeWakeReader();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakeReader) {
        wakeReader();
        wakeReader = null;
      }
      stop();
    }
  }.call(this);
}

function asIndexedPairs(options = undefined) {
  validateOptions(options);
  return async function* asIndexedPairs() {
    let index = 0;
    for await (const value of this) {
      if (options?.signal?.aborted) throw new AbortError({ cause: options.signal.reason });
      yield [index++, value];
    }
  }.call(this);
}

async function some(fn, options = undefined) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
  return undefined;
}

async function forEach(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function callForEach(value, fnOptions) {
    await fn(value, fnOptions);
    return kSkip;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, callForEach, options));
}

function filter(fn, options) {
  if (typeof fn !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn);
  }
  async function keepIfTrue(value, fnOptions) {
    if (await fn(value, fnOptions)) return value;
    return kSkip;
  }
  return map.call(this, keepIfTrue, options);
}

// reduce() of an empty stream without an initial value: ERR_MISSING_ARGS with the message of
// Array.prototype.reduce.
class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  if (typeof reducer !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('reducer', ['Function', 'AsyncFunction'], reducer);
  }
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  if (options?.signal?.aborted) {
    const err = new AbortError(undefined, { cause: options.signal.reason });
    this.once('error', () => {}); // the destroy below reports the same error
    await finished(this.destroy(err));
    throw err;
  }
  const controller = new AbortController();
  const signal = controller.signal;
  let forward;
  if (options?.signal) {
    forward = () => controller.abort();
    options.signal.addEventListener('abort', forward, { __proto__: null, once: true });
  }
  let gotAnyItem = false;
  try {
    for await (const value of this) {
      gotAnyItem = true;
      if (options?.signal?.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItem && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    controller.abort();
    if (forward) options.signal.removeEventListener('abort', forward);
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const value of this) {
    if (options?.signal?.aborted) throw new AbortError(undefined, { cause: options.signal.reason });
    result.push(value);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return async function* flatMap() {
    for await (const value of values) yield* value;
  }.call(this);
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* drop() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const value of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- <= 0) yield value;
    }
  }.call(this);
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  return async function* take() {
    if (options?.signal?.aborted) throw new AbortError();
    for await (const value of this) {
      if (options?.signal?.aborted) throw new AbortError();
      if (number-- > 0) yield value;
      // Stop before pulling another item once enough were taken.
      if (number <= 0) return;
    }
  }.call(this);
}

module.exports.streamReturningOperators = {
  asIndexedPairs: require('internal/util').deprecate(
    asIndexedPairs, 'readable.asIndexedPairs will be removed in a future version.'),
  drop,
  filter,
  flatMap,
  map,
  take,
  compose,
};

module.exports.promiseReturningOperators = {
  every,
  forEach,
  reduce,
  toArray,
  some,
  find,
};
