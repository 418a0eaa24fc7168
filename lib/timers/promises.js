'use strict';
// Promise forms of the timers: setTimeout, setImmediate, setInterval (an async iterator),
// and scheduler.wait/yield, each cancellable with an AbortSignal and optionally unref'd.

const { Timeout, Immediate, insert, clearImmediateItem, unenroll } = require('internal/timers');
const { AbortError, codes: { ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');

function cancelled(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// The delay is checked first (undefined is 1 ms), then the options.
function parseOptions(after, options) {
  if (after !== undefined) validateNumber(after, 'delay');
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

function onAbort(signal, handler) {
  signal.addEventListener('abort', handler, { once: true });
  return () => signal.removeEventListener('abort', handler);
}

function setTimeout(after, value, options = {}) {
  let parsed;
  try {
    parsed = parseOptions(after, options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = parsed;
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  return new Promise((resolve, reject) => {
    let removeAbort;
    const timeout = new Timeout(() => {
      removeAbort?.();
      resolve(value);
    }, after, undefined, false, ref);
    insert(timeout, timeout._idleTimeout);
    if (signal) {
      removeAbort = onAbort(signal, () => {
        timeout._onTimeout = null;
        unenroll(timeout);
        reject(cancelled(signal));
      });
    }
  });
}

function setImmediate(value, options = {}) {
  let parsed;
  try {
    parsed = parseOptions(undefined, options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref } = parsed;
  if (signal?.aborted) return Promise.reject(cancelled(signal));
  return new Promise((resolve, reject) => {
    let removeAbort;
    const immediate = new Immediate(() => {
      removeAbort?.();
      resolve(value);
    }, undefined);
    if (!ref) immediate.unref();
    if (signal) {
      removeAbort = onAbort(signal, () => {
        clearImmediateItem(immediate);
        reject(cancelled(signal));
      });
    }
  });
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = parseOptions(after, options);
  if (signal?.aborted) throw cancelled(signal);
  let pendingTicks = 0;
  let wake = null;
  let aborted = false;
  const timeout = new Timeout(() => {
    pendingTicks++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after, undefined, true, ref);
  insert(timeout, timeout._idleTimeout);
  let removeAbort;
  if (signal) {
    removeAbort = onAbort(signal, () => {
      aborted = true;
      if (wake) {
        wake();
        wake = null;
      }
    });
  }
  try {
    while (true) {
      if (pendingTicks === 0) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw cancelled(signal);
      for (; pendingTicks > 0; pendingTicks--) {
        yield value;
        if (aborted) throw cancelled(signal);
      }
    }
  } finally {
    timeout._onTimeout = null;
    unenroll(timeout);
    removeAbort?.();
  }
}

class Scheduler {
  constructor(key) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    return setImmediate();
  }

  wait(delay, options) {
    return setTimeout(delay, undefined, options);
  }
}
const kScheduler = Symbol('kScheduler');

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
