'use strict';
// ReadableStream, its two readers and its async iterator (Streams Standard §4.2-§4.5).
// The algorithms live in readable_core and the controller modules; piping and teeing in
// their own modules, loaded on first use.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const {
  kControllerErrorFunction,
  kIsDisturbed,
  kIsErrored,
  kIsReadable,
} = require('internal/streams/utils');
const {
  kState,
  Deferred,
  customInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getCallback,
  isDetachedBuffer,
  isDataView,
  markHandled,
  promiseReject,
  promiseResolve,
  validateBufferSource,
  validateDictionary,
  viewBuffer,
  viewByteLength,
  viewElementCount,
  whenSettled,
} = require('internal/webstreams/util');
const core = require('internal/webstreams/readable_core');
const {
  ReaderState,
  PromiseReadRequest,
  byobReaderRead,
  defaultReaderRead,
  initializeReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readerGenericCancel,
  readerRelease,
  setUpReader,
} = core;
const defaultController = require('internal/webstreams/readable_default_controller');
const byteController = require('internal/webstreams/readable_byte_controller');

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    if (source !== undefined) validateObject(source, 'source', { allowArray: true, allowFunction: true });
    validateDictionary(strategy, 'strategy');
    const stream = initializeReadableStream(this);
    this[kState] = stream;
    const callbacks = readSourceCallbacks(source);
    const type = source?.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy?.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const highWaterMark = extractHighWaterMark(strategy, 0);
      setErrorFunction(this, stream, byteController.byteControllerError);
      byteController.setUpByteControllerFromSource(stream, source, callbacks, highWaterMark);
    } else {
      if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
      const sizeAlgorithm = extractSizeAlgorithm(strategy);
      const highWaterMark = extractHighWaterMark(strategy, 1);
      setErrorFunction(this, stream, defaultController.defaultControllerError);
      defaultController.setUpDefaultControllerFromSource(stream, source, callbacks,
                                                         highWaterMark, sizeAlgorithm);
    }
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }

  get locked() {
    return isReadableStreamLocked(streamState(this));
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return promiseReject(new ERR_INVALID_THIS('ReadableStream'));
    const stream = this[kState];
    if (isReadableStreamLocked(stream)) {
      return promiseReject(new ERR_INVALID_STATE.TypeError('ReadableStream is locked'));
    }
    return readableStreamCancel(stream, reason);
  }

  getReader(options = undefined) {
    const stream = streamState(this);
    validateDictionary(options, 'options');
    const mode = options?.mode;
    if (mode === undefined) return acquireDefaultReader(stream).api;
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return acquireBYOBReader(stream).api;
  }

  pipeThrough(transform, options = undefined) {
    const stream = streamState(this);
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writable = transform.writable;
    const writableModule = lazyWritable();
    if (!writableModule.isWritableStream(writable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writable);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(stream)) {
      throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
    }
    if (writableModule.isWritableStreamLocked(writable[kState])) {
      throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
    }
    const promise = lazyPipe().readableStreamPipeTo(stream, writable[kState], preventClose,
                                                     preventAbort, preventCancel, signal);
    markHandled(promise);
    return readable;
  }

  pipeTo(destination, options = undefined) {
    try {
      const stream = streamState(this);
      const writableModule = lazyWritable();
      if (!writableModule.isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(stream)) {
        throw new ERR_INVALID_STATE.TypeError('The ReadableStream is locked');
      }
      if (writableModule.isWritableStreamLocked(destination[kState])) {
        throw new ERR_INVALID_STATE.TypeError('The WritableStream is locked');
      }
      return lazyPipe().readableStreamPipeTo(stream, destination[kState], preventClose,
                                             preventAbort, preventCancel, signal);
    } catch (error) {
      return promiseReject(error);
    }
  }

  tee() {
    const stream = streamState(this);
    const branches = lazyTee().readableStreamTee(stream);
    return [branches[0].api, branches[1].api];
  }

  values(options = undefined) {
    const stream = streamState(this);
    validateDictionary(options, 'options');
    const preventCancel = !!options?.preventCancel;
    return createAsyncIterator(acquireDefaultReader(stream), preventCancel);
  }

  get [kIsDisturbed]() {
    return this[kState].disturbed;
  }

  get [kIsErrored]() {
    return this[kState].state === 'errored';
  }

  get [kIsReadable]() {
    return this[kState].state === 'readable';
  }

  [customInspectSymbol](depth, options) {
    const stream = streamState(this);
    return customInspect(depth, options, 'ReadableStream', {
      locked: isReadableStreamLocked(stream),
      state: stream.state,
      supportsBYOB: byteController.isReadableByteStreamController(stream.controller.api),
    });
  }
}

Object.defineProperties(ReadableStream.prototype, {
  locked: kEnumerableProperty,
  cancel: kEnumerableProperty,
  getReader: kEnumerableProperty,
  pipeThrough: kEnumerableProperty,
  pipeTo: kEnumerableProperty,
  tee: kEnumerableProperty,
  values: kEnumerableProperty,
  [Symbol.asyncIterator]: {
    value: ReadableStream.prototype.values, writable: true, configurable: true,
  },
  [Symbol.toStringTag]: { value: 'ReadableStream', configurable: true },
});
Object.defineProperty(ReadableStream, 'from', { enumerable: true });

function isReadableStream(object) {
  return object?.[kState] instanceof core.ReadableStreamState;
}

function streamState(object) {
  const state = object?.[kState];
  if (!(state instanceof core.ReadableStreamState)) throw new ERR_INVALID_THIS('ReadableStream');
  return state;
}

function setErrorFunction(api, stream, errorController) {
  api[kControllerErrorFunction] = (error) => errorController(stream.controller, error);
}

// Reads and checks the underlying source's callbacks once, as WebIDL's dictionary
// conversion does.
function readSourceCallbacks(source) {
  return {
    autoAllocateChunkSize: source?.autoAllocateChunkSize,
    cancel: getCallback(source, 'cancel', 'source'),
    pull: getCallback(source, 'pull', 'source'),
    start: getCallback(source, 'start', 'source'),
  };
}

function readPipeOptions(options) {
  validateDictionary(options, 'options');
  const preventAbort = !!options?.preventAbort;
  const preventCancel = !!options?.preventCancel;
  const preventClose = !!options?.preventClose;
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { preventAbort, preventCancel, preventClose, signal };
}

let writableModule;
function lazyWritable() {
  writableModule ??= require('internal/webstreams/writablestream');
  return writableModule;
}

let pipeModule;
function lazyPipe() {
  pipeModule ??= require('internal/webstreams/pipe');
  return pipeModule;
}

let teeModule;
function lazyTee() {
  teeModule ??= require('internal/webstreams/tee');
  return teeModule;
}

// Streams made by other parts of the implementation -----------------------------------------

// CreateReadableStream: a default stream driven by algorithms rather than a source object.
// `startAlgorithm` receives the public controller.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const api = Object.create(ReadableStream.prototype);
  const stream = initializeReadableStream(api);
  api[kState] = stream;
  setErrorFunction(api, stream, defaultController.defaultControllerError);
  defaultController.setUpDefaultController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                           highWaterMark, sizeAlgorithm);
  return stream;
}

// CreateReadableByteStream.
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  const api = Object.create(ReadableStream.prototype);
  const stream = initializeReadableStream(api);
  api[kState] = stream;
  setErrorFunction(api, stream, byteController.byteControllerError);
  byteController.setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                     0, undefined);
  return stream;
}

// Readers -----------------------------------------------------------------------------------

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const reader = new ReaderState(this, 'default');
    this[kState] = reader;
    setUpReader(reader, stream[kState]);
  }

  read() {
    if (!isDefaultReader(this)) {
      return promiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    const reader = this[kState];
    if (reader.stream === undefined) return promiseReject(detachedReaderError());
    const readRequest = new PromiseReadRequest();
    defaultReaderRead(reader, readRequest);
    return readRequest.deferred.promise;
  }

  releaseLock() {
    const reader = defaultReaderState(this);
    if (reader.stream === undefined) return;
    readerRelease(reader);
  }

  get closed() {
    if (!isDefaultReader(this)) {
      return promiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isDefaultReader(this)) {
      return promiseReject(new ERR_INVALID_THIS('ReadableStreamDefaultReader'));
    }
    const reader = this[kState];
    if (reader.stream === undefined) return promiseReject(detachedReaderError());
    return readerGenericCancel(reader, reason);
  }

  [customInspectSymbol](depth, options) {
    const reader = defaultReaderState(this);
    return customInspect(depth, options, 'ReadableStreamDefaultReader', {
      stream: reader.stream?.api,
      readRequests: reader.requests.length,
      close: reader.closed.promise,
    });
  }
}

class ReadableStreamBYOBReader {
  constructor(stream) {
    if (!isReadableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    const reader = new ReaderState(this, 'byob');
    this[kState] = reader;
    setUpBYOBReader(reader, stream[kState]);
  }

  // Asynchronous, as node's is: the result settles a tick after the read request does.
  async read(view, options = undefined) {
    if (!isBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    const reader = this[kState];
    validateBufferSource(view, 'view');
    validateDictionary(options, 'options');
    const min = readMinimum(view, options);
    if (reader.stream === undefined) throw detachedReaderError();
    const readIntoRequest = new PromiseReadRequest();
    byobReaderRead(reader, view, min, readIntoRequest);
    return readIntoRequest.deferred.promise;
  }

  releaseLock() {
    const reader = byobReaderState(this);
    if (reader.stream === undefined) return;
    readerRelease(reader);
  }

  get closed() {
    if (!isBYOBReader(this)) return promiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return this[kState].closed.promise;
  }

  cancel(reason = undefined) {
    if (!isBYOBReader(this)) return promiseReject(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    const reader = this[kState];
    if (reader.stream === undefined) return promiseReject(detachedReaderError());
    return readerGenericCancel(reader, reason);
  }

  [customInspectSymbol](depth, options) {
    const reader = byobReaderState(this);
    return customInspect(depth, options, 'ReadableStreamBYOBReader', {
      stream: reader.stream?.api,
      readIntoRequests: reader.requests.length,
      close: reader.closed.promise,
    });
  }
}

for (const Reader of [ReadableStreamDefaultReader, ReadableStreamBYOBReader]) {
  Object.defineProperties(Reader.prototype, {
    read: kEnumerableProperty,
    releaseLock: kEnumerableProperty,
    closed: kEnumerableProperty,
    cancel: kEnumerableProperty,
    [Symbol.toStringTag]: { value: Reader.name, configurable: true },
  });
}

function detachedReaderError() {
  return new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream');
}

function isDefaultReader(object) {
  const state = object?.[kState];
  return state instanceof ReaderState && state.kind === 'default';
}

function isBYOBReader(object) {
  const state = object?.[kState];
  return state instanceof ReaderState && state.kind === 'byob';
}

function defaultReaderState(object) {
  if (!isDefaultReader(object)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
  return object[kState];
}

function byobReaderState(object) {
  if (!isBYOBReader(object)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
  return object[kState];
}

function setUpBYOBReader(reader, stream) {
  if (isReadableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  }
  if (!byteController.isReadableByteStreamController(stream.controller.api)) {
    throw new ERR_INVALID_ARG_VALUE('stream', stream.api, 'must be a byte stream');
  }
  setUpReader(reader, stream);
}

// The `min` option of byobReader.read(view, { min }), in elements of the view.
function readMinimum(view, options) {
  let min = options?.min;
  if (min === undefined) {
    min = 1;
  } else if (typeof min !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('options.min', 'number', min);
  } else if (!(min > 0)) {
    throw new ERR_INVALID_ARG_VALUE('options.min', min, 'must be greater than 0');
  }
  if (viewByteLength(view) === 0 || isDetachedBuffer(viewBuffer(view)) ||
      viewBuffer(view).byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View or Viewed ArrayBuffer is zero-length or detached');
  }
  min = Math.trunc(min);
  if (min > viewElementCount(view)) {
    const limit = isDataView(view) ? 'view.byteLength' : 'view.length';
    throw new ERR_OUT_OF_RANGE('options.min', `<= ${limit}`, min);
  }
  return min;
}

// AcquireReadableStreamDefaultReader / AcquireReadableStreamBYOBReader, on internal states.
function acquireDefaultReader(stream) {
  const api = Object.create(ReadableStreamDefaultReader.prototype);
  const reader = new ReaderState(api, 'default');
  api[kState] = reader;
  setUpReader(reader, stream);
  return reader;
}

function acquireBYOBReader(stream) {
  const api = Object.create(ReadableStreamBYOBReader.prototype);
  const reader = new ReaderState(api, 'byob');
  api[kState] = reader;
  setUpBYOBReader(reader, stream);
  return reader;
}

// Async iteration ---------------------------------------------------------------------------
// Calls to next() run one after another: each waits for the previous one to settle, unless
// that one already received its chunk. As in node, the first read starts a tick after the
// first next() call, and return() waits for a pending next() but does not delay later ones;
// the order of callbacks depends on these ticks.

function createAsyncIterator(reader, preventCancel) {
  let current;
  let started = false;
  let finished = false;

  const nextSteps = () => {
    if (finished) return promiseResolve({ value: undefined, done: true });
    if (reader.stream === undefined) {
      return promiseReject(new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream'));
    }
    const result = new Deferred();
    defaultReaderRead(reader, {
      chunkSteps(chunk) {
        current = undefined;
        result.resolve({ value: chunk, done: false });
      },
      closeSteps() {
        finished = true;
        readerRelease(reader);
        result.resolve({ value: undefined, done: true });
      },
      errorSteps(error) {
        finished = true;
        readerRelease(reader);
        result.reject(error);
      },
    });
    return result.promise;
  };

  const returnSteps = async (value) => {
    if (finished) return { value, done: true };
    finished = true;
    if (reader.stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('The reader is not bound to a ReadableStream');
    }
    if (!preventCancel) {
      const cancelled = readerGenericCancel(reader, value);
      readerRelease(reader);
      await cancelled;
      return { value, done: true };
    }
    readerRelease(reader);
    return { value, done: true };
  };

  // Node gives each iterator its own enumerable next/return methods.
  return Object.assign(Object.create(ReadableStreamAsyncIteratorPrototype), {
    next() {
      if (!started) {
        started = true;
        current = promiseResolve();
      }
      current = current === undefined ? nextSteps() : whenSettled(current, nextSteps, nextSteps);
      return current;
    },
    return(value = undefined) {
      if (current === undefined) return returnSteps(value);
      const steps = () => returnSteps(value);
      return whenSettled(current, steps, steps);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  });
}

const ReadableStreamAsyncIteratorPrototype = Object.create(
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype));

// ReadableStream.from ---------------------------------------------------------------------

// GetIterator(obj, async); a sync iterator is adapted to the async protocol.
function getAsyncIterator(iterable) {
  const asyncMethod = iterable[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    const iterator = Reflect.apply(asyncMethod, iterable, []);
    if (!isObject(iterator)) {
      throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
    }
    return { iterator, nextMethod: iterator.next };
  }
  const syncMethod = iterable[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
  const syncIterator = Reflect.apply(syncMethod, iterable, []);
  if (!isObject(syncIterator)) {
    throw new ERR_INVALID_STATE.TypeError('The iterator method must return an object');
  }
  const iterator = adaptSyncIterator(syncIterator);
  return { iterator, nextMethod: iterator.next };
}

function isObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// A promise adopting `promise`: it settles one tick after `promise`, or two when `promise`
// is already settled.
function adopt(promise) {
  return new Promise((resolve) => resolve(promise));
}

// Node adapts a sync iterator with an async generator delegating to it (`yield*`). This
// adapter keeps the timing node's V8 gives that generator: a value reaches the caller two
// ticks after next(), the end three, values that are promises are awaited, and return()
// before the first next() does not reach the sync iterator.
function adaptSyncIterator(syncIterator) {
  let started = false;
  let finished = false;
  const step = (result) => {
    if (!isObject(result)) {
      throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
    }
    const done = !!result.done;
    if (done) finished = true;
    const settled = whenSettled(promiseResolve(result.value), (value) => ({ value, done }));
    return adopt(done ? whenSettled(settled, (end) => end) : settled);
  };
  return {
    next() {
      if (finished) return adopt(promiseResolve({ value: undefined, done: true }));
      started = true;
      try {
        return step(Reflect.apply(syncIterator.next, syncIterator, []));
      } catch (error) {
        finished = true;
        return adopt(promiseReject(error));
      }
    },
    return(reason) {
      const method = started && !finished ? syncIterator.return : undefined;
      finished = true;
      if (method == null) return whenSettled(promiseResolve(reason), (value) => ({ value, done: true }));
      try {
        return step(Reflect.apply(method, syncIterator, [reason]));
      } catch (error) {
        return adopt(promiseReject(error));
      }
    },
  };
}

function readableStreamFromIterable(iterable) {
  const { iterator, nextMethod } = getAsyncIterator(iterable);
  let stream;
  const pullAlgorithm = () => {
    let nextPromise;
    try {
      nextPromise = promiseResolve(Reflect.apply(nextMethod, iterator, []));
    } catch (error) {
      return promiseReject(error);
    }
    return adopt(whenSettled(nextPromise, (result) => {
      if (!isObject(result)) {
        throw new ERR_INVALID_STATE.TypeError('The iterator.next() method must return an object');
      }
      if (result.done) {
        defaultController.defaultControllerClose(stream.controller);
      } else {
        defaultController.defaultControllerEnqueue(stream.controller, result.value);
      }
    }));
  };
  const cancelAlgorithm = (reason) => {
    let returnPromise;
    try {
      const returnMethod = iterator.return;
      if (returnMethod == null) return promiseResolve();
      returnPromise = promiseResolve(Reflect.apply(returnMethod, iterator, [reason]));
    } catch (error) {
      return promiseReject(error);
    }
    return adopt(whenSettled(returnPromise, (result) => {
      if (!isObject(result)) {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    }));
  };
  stream = createReadableStream(() => undefined, pullAlgorithm, cancelAlgorithm, 0);
  return stream.api;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamBYOBReader,
  acquireBYOBReader,
  acquireDefaultReader,
  createReadableByteStream,
  createReadableStream,
  isReadableStream,
};
