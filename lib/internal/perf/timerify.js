'use strict';
// performance.timerify(fn): a wrapper that times every call of `fn`. Each call's duration
// goes to options.histogram (in nanoseconds) and, while someone observes 'function'
// entries, becomes one such entry with the call's arguments as its detail. A call that
// returns a promise is timed until the promise settles; the caller gets the promise that
// `finally` returns.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { isRecordableHistogram, recordDuration } = require('internal/histogram');
const { isPromise } = require('internal/util/types');
const { now } = require('internal/perf/utils');
const { createNodeEntry } = require('internal/perf/performance_entry');
const { enqueue, hasObserversOf } = require('internal/perf/observe');

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordableHistogram(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function timerified(...args) {
    const startTime = now();
    // Called with `new`, the wrapper constructs `fn` itself, so the result is a real instance.
    const result = new.target === undefined ? Reflect.apply(fn, this, args) : Reflect.construct(fn, args, fn);
    const finish = () => {
      const duration = now() - startTime;
      if (histogram !== undefined) recordDuration(histogram, duration * 1e6);
      if (hasObserversOf('function')) {
        const entry = createNodeEntry(fn.name, 'function', startTime, duration, args);
        // Node also copies the arguments onto the entry as indexed properties (older API).
        Object.assign(entry, args);
        enqueue(entry);
      }
    };
    if (isPromise(result)) return result.finally(finish);
    finish();
    return result;
  }

  Object.defineProperties(timerified, {
    length: { value: fn.length, writable: false, enumerable: true, configurable: false },
    name: { value: `timerified ${fn.name}`, writable: false, enumerable: true, configurable: false },
  });
  return timerified;
}

module.exports = { timerify };
