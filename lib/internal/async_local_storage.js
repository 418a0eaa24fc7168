'use strict';
// AsyncLocalStorage over the async context frame (internal/async_context_frame.js).

const frames = require('internal/async_context_frame');
const { validateFunction } = require('internal/validators');

function withStore(frame, storage, store) {
  const next = new Map(frame);
  next.set(storage, store);
  return next;
}

function withoutStore(frame, storage) {
  if (frame === undefined || !frame.has(storage)) return frame;
  const next = new Map(frame);
  next.delete(storage);
  return next.size === 0 ? undefined : next;
}

class AsyncLocalStorage {
  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = frames.current();
    return function bound(...args) {
      return frames.runInFrame(frame, fn, this, args);
    };
  }

  static snapshot() {
    const frame = frames.current();
    return function runInAsyncScope(fn, ...args) {
      return frames.runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    frames.set(withoutStore(frames.current(), this));
  }

  getStore() {
    return frames.current()?.get(this);
  }

  enterWith(store) {
    frames.set(withStore(frames.current(), this, store));
  }

  run(store, callback, ...args) {
    const prior = frames.current();
    frames.set(withStore(prior, this, store));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      frames.set(prior);
    }
  }

  exit(callback, ...args) {
    const prior = frames.current();
    frames.set(withoutStore(prior, this));
    try {
      return Reflect.apply(callback, null, args);
    } finally {
      frames.set(prior);
    }
  }
}

module.exports = { AsyncLocalStorage };
