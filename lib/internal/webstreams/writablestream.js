'use strict';
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController
// (Streams Standard §5). A stream moves from 'writable' through 'erroring' (errored, but a
// write or close is still in flight) to 'errored', or from 'writable' to 'closed'.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { kControllerErrorFunction, kIsClosedPromise } = require('internal/streams/utils');
const {
  kState,
  Deferred,
  Queue,
  SizedQueue,
  callPromiseReturning,
  customInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getCallback,
  markHandled,
  promiseReject,
  promiseResolve,
  startPromiseFor,
  validateDictionary,
  whenSettled,
} = require('internal/webstreams/util');

let AbortController;

// Marks the end of the queue: the sink is closed once every chunk before it is written.
const kCloseSentinel = Symbol('kCloseSentinel');

class WritableStreamState {
  constructor(api) {
    this.api = api;
    this.state = 'writable';
    this.storedError = undefined;
    this.writer = undefined;
    this.controller = undefined;
    this.inFlightWriteRequest = undefined;
    this.closeRequest = undefined;
    this.inFlightCloseRequest = undefined;
    this.pendingAbortRequest = undefined;
    this.writeRequests = new Queue();
    this.backpressure = false;
  }
}

class WriterState {
  constructor(api) {
    this.api = api;
    this.stream = undefined;
    this.ready = undefined;
    this.closed = undefined;
  }
}

class ControllerState {
  constructor(api, stream) {
    this.api = api;
    this.stream = stream;
    this.queue = new SizedQueue();
    AbortController ??= require('internal/abort_controller').AbortController;
    this.abortController = new AbortController();
    this.started = false;
    this.sizeAlgorithm = undefined;
    this.highWaterMark = 1;
    this.writeAlgorithm = undefined;
    this.closeAlgorithm = undefined;
    this.abortAlgorithm = undefined;
  }

  abortSteps(reason) {
    const result = this.abortAlgorithm(reason);
    clearAlgorithms(this);
    return result;
  }

  errorSteps() {
    this.queue.reset();
  }
}

// Public classes ----------------------------------------------------------------------------

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    if (sink !== undefined) validateObject(sink, 'sink', { allowArray: true, allowFunction: true });
    validateDictionary(strategy, 'strategy');
    const type = sink?.type;
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', type);
    const stream = initializeWritableStream(this);
    const callbacks = {
      abort: getCallback(sink, 'abort', 'sink'),
      close: getCallback(sink, 'close', 'sink'),
      start: getCallback(sink, 'start', 'sink'),
      write: getCallback(sink, 'write', 'sink'),
    };
    const sizeAlgorithm = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setUpControllerFromSink(stream, sink, callbacks, highWaterMark, sizeAlgorithm);
  }

  get locked() {
    return isWritableStreamLocked(streamState(this));
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return promiseReject(new ERR_INVALID_THIS('WritableStream'));
    const stream = this[kState];
    if (isWritableStreamLocked(stream)) {
      return promiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    return writableStreamAbort(stream, reason);
  }

  close() {
    if (!isWritableStream(this)) return promiseReject(new ERR_INVALID_THIS('WritableStream'));
    const stream = this[kState];
    if (isWritableStreamLocked(stream)) {
      return promiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is locked'));
    }
    if (closeQueuedOrInFlight(stream)) {
      return promiseReject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(stream);
  }

  getWriter() {
    return acquireWriter(streamState(this)).api;
  }

  [customInspectSymbol](depth, options) {
    const stream = streamState(this);
    return customInspect(depth, options, 'WritableStream', {
      locked: isWritableStreamLocked(stream),
      state: stream.state,
    });
  }
}

Object.defineProperties(WritableStream.prototype, {
  locked: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  getWriter: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'WritableStream', configurable: true },
});

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    const writer = new WriterState(this);
    this[kState] = writer;
    setUpWriter(writer, stream[kState]);
  }

  get closed() {
    if (!isWriter(this)) return promiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    const writer = writerState(this);
    if (writer.stream === undefined) throw unboundWriterError();
    return writerGetDesiredSize(writer);
  }

  get ready() {
    if (!isWriter(this)) return promiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return promiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this[kState];
    if (writer.stream === undefined) return promiseReject(unboundWriterError());
    return writableStreamAbort(writer.stream, reason);
  }

  close() {
    if (!isWriter(this)) return promiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this[kState];
    const stream = writer.stream;
    if (stream === undefined) return promiseReject(unboundWriterError());
    if (closeQueuedOrInFlight(stream)) {
      return promiseReject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    const writer = writerState(this);
    if (writer.stream === undefined) return;
    writerRelease(writer);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return promiseReject(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const writer = this[kState];
    if (writer.stream === undefined) return promiseReject(unboundWriterError());
    return writerWrite(writer, chunk);
  }

  [customInspectSymbol](depth, options) {
    const writer = writerState(this);
    return customInspect(depth, options, 'WritableStreamDefaultWriter', {
      stream: writer.stream?.api,
      close: writer.closed.promise,
      ready: writer.ready.promise,
      desiredSize: writer.stream === undefined ? undefined : writerGetDesiredSize(writer),
    });
  }
}

Object.defineProperties(WritableStreamDefaultWriter.prototype, {
  closed: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  ready: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  write: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'WritableStreamDefaultWriter', configurable: true },
});

class WritableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get signal() {
    return controllerState(this).abortController.signal;
  }

  error(error = undefined) {
    const controller = controllerState(this);
    if (controller.stream.state !== 'writable') return;
    controllerError(controller, error);
  }

  [customInspectSymbol](depth, options) {
    const controller = controllerState(this);
    return customInspect(depth, options, 'WritableStreamDefaultController', {
      stream: controller.stream.api,
    });
  }
}

Object.defineProperties(WritableStreamDefaultController.prototype, {
  signal: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'WritableStreamDefaultController', configurable: true },
});

function isWritableStream(object) {
  return object?.[kState] instanceof WritableStreamState;
}

function streamState(object) {
  if (!isWritableStream(object)) throw new ERR_INVALID_THIS('WritableStream');
  return object[kState];
}

function isWriter(object) {
  return object?.[kState] instanceof WriterState;
}

function writerState(object) {
  if (!isWriter(object)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
  return object[kState];
}

function controllerState(object) {
  const state = object?.[kState];
  if (!(state instanceof ControllerState)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
  return state;
}

function unboundWriterError() {
  return new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
}

// Writable streams ------------------------------------------------------------------------

function initializeWritableStream(api) {
  const stream = new WritableStreamState(api);
  api[kState] = stream;
  const closedSignal = new Deferred();
  markHandled(closedSignal.promise);
  api[kIsClosedPromise] = closedSignal;
  api[kControllerErrorFunction] = (error) => controllerErrorIfNeeded(stream.controller, error);
  return stream;
}

// CreateWritableStream: a stream driven by algorithms rather than a sink object.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark, sizeAlgorithm) {
  const stream = initializeWritableStream(Object.create(WritableStream.prototype));
  setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                  highWaterMark, sizeAlgorithm);
  return stream;
}

function isWritableStreamLocked(stream) {
  return stream.writer !== undefined;
}

function acquireWriter(stream) {
  const api = Object.create(WritableStreamDefaultWriter.prototype);
  const writer = new WriterState(api);
  api[kState] = writer;
  setUpWriter(writer, stream);
  return writer;
}

function setUpWriter(writer, stream) {
  if (isWritableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('WritableStream is locked');
  }
  writer.stream = stream;
  stream.writer = writer;
  const state = stream.state;
  if (state === 'writable') {
    writer.ready = !closeQueuedOrInFlight(stream) && stream.backpressure ?
      new Deferred() : Deferred.resolved();
    writer.closed = new Deferred();
  } else if (state === 'erroring') {
    writer.ready = Deferred.rejected(stream.storedError);
    writer.closed = new Deferred();
  } else if (state === 'closed') {
    writer.ready = Deferred.resolved();
    writer.closed = Deferred.resolved();
  } else {
    writer.ready = Deferred.rejected(stream.storedError);
    writer.closed = Deferred.rejected(stream.storedError);
  }
}

function writableStreamAbort(stream, reason) {
  if (stream.state === 'closed' || stream.state === 'errored') return promiseResolve();
  stream.controller.abortController.abort(reason);
  // Aborting the signal ran user code, which may have moved the stream on.
  const state = stream.state;
  if (state === 'closed' || state === 'errored') return promiseResolve();
  if (stream.pendingAbortRequest !== undefined) return stream.pendingAbortRequest.deferred.promise;
  const wasAlreadyErroring = state === 'erroring';
  if (wasAlreadyErroring) reason = undefined;
  const deferred = new Deferred();
  stream.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return promiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const deferred = new Deferred();
  stream.closeRequest = deferred;
  const writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') writer.ready.resolve();
  controllerClose(stream.controller);
  return deferred.promise;
}

function addWriteRequest(stream) {
  const deferred = new Deferred();
  stream.writeRequests.push(deferred);
  return deferred.promise;
}

function closeQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function hasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function startErroring(stream, reason) {
  const controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  const writer = stream.writer;
  if (writer !== undefined) writerEnsureReadyPromiseRejected(writer, reason);
  if (!hasOperationMarkedInFlight(stream) && controller.started) finishErroring(stream);
}

function finishErroring(stream) {
  stream.state = 'errored';
  stream.controller.errorSteps();
  const storedError = stream.storedError;
  for (const writeRequest of stream.writeRequests.drain()) writeRequest.reject(storedError);
  stream.api[kIsClosedPromise].reject(storedError);
  const abortRequest = stream.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const promise = stream.controller.abortSteps(abortRequest.reason);
  whenSettled(promise, () => {
    abortRequest.deferred.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (reason) => {
    abortRequest.deferred.reject(reason);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve();
  stream.inFlightWriteRequest = undefined;
}

function finishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  dealWithRejection(stream, error);
}

function finishInFlightClose(stream) {
  stream.inFlightCloseRequest.resolve();
  stream.inFlightCloseRequest = undefined;
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.deferred.resolve();
      stream.pendingAbortRequest = undefined;
    }
  }
  stream.state = 'closed';
  const writer = stream.writer;
  if (writer !== undefined) writer.closed.resolve();
  stream.api[kIsClosedPromise].resolve();
}

function finishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.deferred.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function markCloseRequestInFlight(stream) {
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
}

function markFirstWriteRequestInFlight(stream) {
  stream.inFlightWriteRequest = stream.writeRequests.shift();
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  const writer = stream.writer;
  if (writer !== undefined) {
    writer.closed.reject(stream.storedError);
    markHandled(writer.closed.promise);
  }
}

function updateBackpressure(stream, backpressure) {
  const writer = stream.writer;
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) writer.ready = new Deferred();
    else writer.ready.resolve();
  }
  stream.backpressure = backpressure;
}

// Writers -----------------------------------------------------------------------------------

function writerCloseWithErrorPropagation(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return promiseResolve();
  if (state === 'errored') return promiseReject(stream.storedError);
  return writableStreamClose(stream);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  if (writer.closed.state === 'pending') writer.closed.reject(error);
  else writer.closed = Deferred.rejected(error, false);
  markHandled(writer.closed.promise);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  if (writer.ready.state === 'pending') writer.ready.reject(error);
  else writer.ready = Deferred.rejected(error, false);
  markHandled(writer.ready.promise);
}

function writerGetDesiredSize(writer) {
  const stream = writer.stream;
  const state = stream.state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream.controller);
}

function writerRelease(writer) {
  const stream = writer.stream;
  const releasedError = new ERR_INVALID_STATE.TypeError('Writer has been released');
  writerEnsureReadyPromiseRejected(writer, releasedError);
  writerEnsureClosedPromiseRejected(writer, releasedError);
  stream.writer = undefined;
  writer.stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer.stream;
  const controller = stream.controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) {
    return promiseReject(new ERR_INVALID_STATE.TypeError('Mismatched WritableStreams'));
  }
  const state = stream.state;
  if (state === 'errored') return promiseReject(stream.storedError);
  if (closeQueuedOrInFlight(stream) || state === 'closed') {
    return promiseReject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state === 'erroring') return promiseReject(stream.storedError);
  const promise = addWriteRequest(stream);
  controllerWrite(controller, chunk, chunkSize);
  return promise;
}

// Default controllers -----------------------------------------------------------------------

function setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                         highWaterMark, sizeAlgorithm) {
  const api = Object.create(WritableStreamDefaultController.prototype);
  const controller = new ControllerState(api, stream);
  api[kState] = controller;
  stream.controller = controller;
  controller.sizeAlgorithm = sizeAlgorithm;
  controller.highWaterMark = highWaterMark;
  controller.writeAlgorithm = writeAlgorithm;
  controller.closeAlgorithm = closeAlgorithm;
  controller.abortAlgorithm = abortAlgorithm;
  updateBackpressure(stream, controllerGetBackpressure(controller));
  const startResult = startAlgorithm(api);
  whenSettled(startPromiseFor(startResult), () => {
    controller.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    controller.started = true;
    dealWithRejection(stream, reason);
  });
}

function setUpControllerFromSink(stream, sink, callbacks, highWaterMark, sizeAlgorithm) {
  const { start, write, close, abort } = callbacks;
  const startAlgorithm = start === undefined ? noopStart :
    (api) => Reflect.apply(start, sink, [api]);
  const writeAlgorithm = write === undefined ? resolvedUndefined :
    (chunk) => callPromiseReturning(write, sink, chunk, stream.controller.api);
  const closeAlgorithm = close === undefined ? resolvedUndefined :
    () => callPromiseReturning(close, sink);
  const abortAlgorithm = abort === undefined ? resolvedUndefined :
    (reason) => callPromiseReturning(abort, sink, reason);
  setUpController(stream, startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                  highWaterMark, sizeAlgorithm);
}

function noopStart() {}

function resolvedUndefined() {
  return promiseResolve();
}

function clearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.sizeAlgorithm = undefined;
}

function controllerAdvanceQueueIfNeeded(controller) {
  const stream = controller.stream;
  if (!controller.started || stream.inFlightWriteRequest !== undefined) return;
  if (stream.state === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (controller.queue.length === 0) return;
  const value = controller.queue.peek();
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerClose(controller) {
  controller.queue.enqueue(kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerError(controller, error) {
  clearAlgorithms(controller);
  startErroring(controller.stream, error);
}

function controllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') controllerError(controller, error);
}

function controllerGetBackpressure(controller) {
  return controllerGetDesiredSize(controller) <= 0;
}

function controllerGetChunkSize(controller, chunk) {
  if (controller.sizeAlgorithm === undefined) return 1;
  try {
    return controller.sizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  return controller.highWaterMark - controller.queue.totalSize;
}

function controllerProcessClose(controller) {
  const stream = controller.stream;
  markCloseRequestInFlight(stream);
  controller.queue.dequeue();
  const sinkClosePromise = controller.closeAlgorithm();
  clearAlgorithms(controller);
  whenSettled(sinkClosePromise, () => {
    finishInFlightClose(stream);
  }, (reason) => {
    finishInFlightCloseWithError(stream, reason);
  });
}

function controllerProcessWrite(controller, chunk) {
  const stream = controller.stream;
  markFirstWriteRequestInFlight(stream);
  const sinkWritePromise = controller.writeAlgorithm(chunk);
  whenSettled(sinkWritePromise, () => {
    finishInFlightWrite(stream);
    const state = stream.state;
    controller.queue.dequeue();
    if (!closeQueuedOrInFlight(stream) && state === 'writable') {
      updateBackpressure(stream, controllerGetBackpressure(controller));
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (reason) => {
    if (stream.state === 'writable') clearAlgorithms(controller);
    finishInFlightWriteWithError(stream, reason);
  });
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    controller.queue.enqueue(chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller.stream;
  if (!closeQueuedOrInFlight(stream) && stream.state === 'writable') {
    updateBackpressure(stream, controllerGetBackpressure(controller));
  }
  controllerAdvanceQueueIfNeeded(controller);
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  acquireWriter,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamClose,
  writerCloseWithErrorPropagation,
  writerGetDesiredSize,
  writerRelease,
  writerWrite,
};
