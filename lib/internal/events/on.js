'use strict';
// events.on(emitter, event, options): an async iterator over the arguments of each `event`.
// Events that arrive before next() is called wait in a queue; with `highWaterMark` the
// emitter is paused (emitter.pause()) while the queue is longer than that and resumed once it
// is shorter than `lowWaterMark`. An 'error' event, an abort of `options.signal`, an event
// named in `options.close`, return() and throw() end the iteration.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  AbortError,
} = require('internal/errors');
const { validateAbortSignal, validateInteger } = require('internal/validators');
const {
  addAgnosticListener,
  removeAgnosticListener,
} = require('internal/events/agnostic_listeners');

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

// A first-in first-out queue that does not shift arrays: `head` moves, and the array is
// compacted when the consumed part dominates.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

function on(emitter, event, options = {}) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWaterMark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWaterMark, 'options.highWaterMark', 1);
  const lowWaterMark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWaterMark, 'options.lowWaterMark', 1);

  const events = new Queue(); // argument arrays not yet taken by next()
  const waiting = new Queue(); // { resolve, reject } of next() calls waiting for an event
  let pendingError = null;
  let finished = false;
  let paused = false;
  const doneResult = () => ({ value: undefined, done: true });
  const closeEvents = options.close ?? [];

  const onEvent = (...args) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: args, done: false });
      return;
    }
    events.push(args);
    if (events.length > highWaterMark && !paused) {
      paused = true;
      emitter.pause();
    }
  };

  const finish = () => {
    removeAgnosticListener(emitter, event, onEvent);
    removeAgnosticListener(emitter, 'error', onError);
    for (const name of closeEvents) removeAgnosticListener(emitter, name, finish);
    signal?.removeEventListener('abort', onAbort);
    finished = true;
    while (waiting.length > 0) waiting.shift().resolve(doneResult());
    return Promise.resolve(doneResult());
  };

  // The error goes to a waiting next() if there is one, else to the next call of next();
  // either way the iteration is over.
  const onError = (error) => {
    if (waiting.length > 0) waiting.shift().reject(error);
    else pendingError = error;
    finish();
  };

  const onAbort = () => onError(new AbortError(undefined, { cause: signal?.reason }));

  const iterator = Object.setPrototypeOf({
    next() {
      if (events.length > 0) {
        const value = events.shift();
        if (paused && events.length < lowWaterMark) {
          paused = false;
          emitter.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (pendingError !== null) {
        const error = pendingError;
        pendingError = null;
        return Promise.reject(error);
      }
      if (finished) return finish();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },

    return() {
      return finish();
    },

    throw(error) {
      if (!error || !(error instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', error);
      }
      onError(error);
    },

    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  addAgnosticListener(emitter, event, onEvent, false);
  if (event !== 'error' && typeof emitter.on === 'function') {
    addAgnosticListener(emitter, 'error', onError, false);
  }
  for (const name of closeEvents) addAgnosticListener(emitter, name, finish, false);
  signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });

  return iterator;
}

module.exports = { on };
