'use strict';
// Readable.from(iterable): a Readable (object mode, high-water mark 1 unless overridden) fed
// from an iterator. A string or a Buffer is one chunk, not iterated.
//
// Sync iterators are pulled synchronously inside _read(), for as long as push() accepts; once
// one yields a promise, that value and every later one is awaited. Async iterators are awaited
// once per step. Destroying the stream closes the iterator (return(), or throw() with the
// error) before the destroy completes.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_STREAM_NULL_VALUES,
  },
} = require('internal/errors');

let BufferClass;

function isBufferValue(value) {
  if (!ArrayBuffer.isView(value)) return false;
  BufferClass ??= require('buffer').Buffer;
  return value instanceof BufferClass;
}

function isThenable(value) {
  return !!value && typeof value.then === 'function';
}

function from(Readable, iterable, options) {
  if (typeof iterable === 'string' || isBufferValue(iterable)) {
    return new Readable({
      objectMode: true,
      ...options,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...options });

  // True while a pull loop runs (or waits): _read() calls meanwhile start nothing new.
  let pulling = false;
  let awaitValues = false;

  readable._read = function() {
    if (pulling) return;
    pulling = true;
    if (isAsync) pullAsync();
    else if (awaitValues) pullSyncAwaitingValues();
    else pullSync();
  };

  readable._destroy = function(error, cb) {
    closeIterator(error).then(
      () => process.nextTick(cb, error),
      (closeError) => process.nextTick(cb, closeError || error));
  };

  async function closeIterator(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Pushes one value; returns whether to keep pulling. `done` ends the stream.
  function deliver(value, done) {
    if (done) {
      readable.push(null);
      return false;
    }
    if (value === null) {
      pulling = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    pulling = false;
    return false;
  }

  function pullSync() {
    try {
      while (true) {
        const { value, done } = iterator.next();
        if (!done && isThenable(value)) {
          awaitValues = true;
          deliverAwaited(value);
          return;
        }
        if (!deliver(value, done)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function deliverAwaited(promise) {
    try {
      if (!deliver(await promise, false)) return;
    } catch (err) {
      readable.destroy(err);
      return;
    }
    pullSyncAwaitingValues();
  }

  async function pullSyncAwaitingValues() {
    try {
      while (true) {
        const { value, done } = iterator.next();
        if (!deliver(isThenable(value) && !done ? await value : value, done)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      while (true) {
        const { value, done } = await iterator.next();
        if (!deliver(value, done)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
