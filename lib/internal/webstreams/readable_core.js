'use strict';
// The stream-level algorithms of readable streams (Streams Standard §4.9): the stream's and
// readers' internal slots, closing, erroring and cancelling a stream, and handing chunks to
// pending read requests. Controllers call into this layer; it calls back into a controller
// only through the controller's cancelSteps / pullSteps / releaseSteps / pullInto methods,
// so default and byte controllers can live in their own modules.

const {
  codes: { ERR_INVALID_STATE },
} = require('internal/errors');
const { kIsClosedPromise } = require('internal/streams/utils');
const {
  Deferred,
  Queue,
  markHandled,
  promiseReject,
  promiseResolve,
  whenSettled,
} = require('internal/webstreams/util');

// Internal slots of a ReadableStream; `api` is the public object.
class ReadableStreamState {
  constructor(api) {
    this.api = api;
    this.state = 'readable';
    this.reader = undefined;
    this.storedError = undefined;
    this.disturbed = false;
    this.controller = undefined;
  }
}

// Internal slots shared by both reader kinds; `requests` holds read requests (default
// readers) or read-into requests (BYOB readers).
class ReaderState {
  constructor(api, kind) {
    this.api = api;
    this.kind = kind;
    this.stream = undefined;
    this.closed = undefined;
    this.requests = new Queue();
  }
}

// What eos()/finished() wait on: settles when the stream closes or errors.
function createClosedSignal() {
  const signal = new Deferred();
  markHandled(signal.promise);
  return signal;
}

function initializeReadableStream(api) {
  const state = new ReadableStreamState(api);
  api[kIsClosedPromise] = createClosedSignal();
  return state;
}

function isReadableStreamLocked(stream) {
  return stream.reader !== undefined;
}

function hasDefaultReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === 'default';
}

function hasBYOBReader(stream) {
  return stream.reader !== undefined && stream.reader.kind === 'byob';
}

function getNumReadRequests(stream) {
  return stream.reader.requests.length;
}

function addReadRequest(stream, readRequest) {
  stream.reader.requests.push(readRequest);
}

function fulfillReadRequest(stream, chunk, done) {
  const readRequest = stream.reader.requests.shift();
  if (done) readRequest.closeSteps();
  else readRequest.chunkSteps(chunk);
}

function fulfillReadIntoRequest(stream, chunk, done) {
  const readIntoRequest = stream.reader.requests.shift();
  if (done) readIntoRequest.closeSteps(chunk);
  else readIntoRequest.chunkSteps(chunk);
}

function readableStreamCancel(stream, reason) {
  stream.disturbed = true;
  if (stream.state === 'closed') return promiseResolve();
  if (stream.state === 'errored') return promiseReject(stream.storedError);
  readableStreamClose(stream);
  const reader = stream.reader;
  if (reader !== undefined && reader.kind === 'byob') {
    for (const readIntoRequest of reader.requests.drain()) readIntoRequest.closeSteps(undefined);
  }
  const sourceCancelPromise = stream.controller.cancelSteps(reason);
  return whenSettled(sourceCancelPromise, () => undefined);
}

function readableStreamClose(stream) {
  stream.state = 'closed';
  stream.api[kIsClosedPromise].resolve();
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.resolve();
  if (reader.kind === 'default') {
    for (const readRequest of reader.requests.drain()) readRequest.closeSteps();
  }
}

function readableStreamError(stream, error) {
  stream.state = 'errored';
  stream.storedError = error;
  stream.api[kIsClosedPromise].reject(error);
  const reader = stream.reader;
  if (reader === undefined) return;
  reader.closed.reject(error);
  markHandled(reader.closed.promise);
  errorReaderRequests(reader, error);
}

function errorReaderRequests(reader, error) {
  for (const request of reader.requests.drain()) request.errorSteps(error);
}

// Readers ---------------------------------------------------------------------------------

function readerGenericInitialize(reader, stream) {
  reader.stream = stream;
  stream.reader = reader;
  if (stream.state === 'readable') {
    reader.closed = new Deferred();
  } else if (stream.state === 'closed') {
    reader.closed = Deferred.resolved();
  } else {
    reader.closed = Deferred.rejected(stream.storedError);
  }
}

function setUpReader(reader, stream) {
  if (isReadableStreamLocked(stream)) {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is locked');
  }
  readerGenericInitialize(reader, stream);
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader.stream, reason);
}

function readerGenericRelease(reader) {
  const stream = reader.stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream.state === 'readable') reader.closed.reject(error);
  else reader.closed = Deferred.rejected(error, false);
  markHandled(reader.closed.promise);
  stream.controller.releaseSteps();
  stream.reader = undefined;
  reader.stream = undefined;
}

// ReadableStreamDefaultReaderRelease and ReadableStreamBYOBReaderRelease: pending requests
// fail once the lock is gone.
function readerRelease(reader) {
  readerGenericRelease(reader);
  errorReaderRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function defaultReaderRead(reader, readRequest) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'closed') {
    readRequest.closeSteps();
  } else if (stream.state === 'errored') {
    readRequest.errorSteps(stream.storedError);
  } else {
    stream.controller.pullSteps(readRequest);
  }
}

function byobReaderRead(reader, view, min, readIntoRequest) {
  const stream = reader.stream;
  stream.disturbed = true;
  if (stream.state === 'errored') {
    readIntoRequest.errorSteps(stream.storedError);
  } else {
    stream.controller.pullInto(view, min, readIntoRequest);
  }
}

// The read request behind reader.read(): settles a promise with { value, done }.
class PromiseReadRequest {
  constructor() {
    this.deferred = new Deferred();
  }

  chunkSteps(chunk) { this.deferred.resolve({ value: chunk, done: false }); }

  closeSteps(chunk) { this.deferred.resolve({ value: chunk, done: true }); }

  errorSteps(error) { this.deferred.reject(error); }
}

module.exports = {
  ReadableStreamState,
  ReaderState,
  PromiseReadRequest,
  addReadRequest,
  byobReaderRead,
  defaultReaderRead,
  fulfillReadIntoRequest,
  fulfillReadRequest,
  getNumReadRequests,
  hasBYOBReader,
  hasDefaultReader,
  initializeReadableStream,
  isReadableStreamLocked,
  readableStreamCancel,
  readableStreamClose,
  readableStreamError,
  readerGenericCancel,
  readerRelease,
  setUpReader,
};
