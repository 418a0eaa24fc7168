'use strict';
// ReadableByteStreamController and ReadableStreamBYOBRequest (Streams Standard §4.7, §4.8,
// §4.9.5): readable byte streams, whose chunks are bytes copied straight into the buffers
// readers bring ("pull-into descriptors") when they can, and queued otherwise.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const {
  kState,
  Queue,
  callPromiseReturning,
  cloneArrayBuffer,
  constructView,
  copyBytes,
  customInspect,
  isDetachedBuffer,
  promiseResolve,
  startPromiseFor,
  transferArrayBuffer,
  validateBufferSource,
  viewBuffer,
  viewByteLength,
  viewByteOffset,
  viewKind,
  whenSettled,
} = require('internal/webstreams/util');
const {
  addReadRequest,
  fulfillReadIntoRequest,
  fulfillReadRequest,
  getNumReadRequests,
  hasBYOBReader,
  hasDefaultReader,
  readableStreamClose,
  readableStreamError,
} = require('internal/webstreams/readable_core');

const arrayBufferByteLength =
  Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const uint8Kind = { constructor: Uint8Array, elementSize: 1, prototype: Uint8Array.prototype };

class ByteControllerState {
  constructor(api, stream) {
    this.api = api;
    this.stream = stream;
    this.byobRequest = null;
    this.queue = new Queue();
    this.queueTotalSize = 0;
    this.started = false;
    this.closeRequested = false;
    this.pullAgain = false;
    this.pulling = false;
    this.highWaterMark = 0;
    this.pullAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
    this.autoAllocateChunkSize = undefined;
    this.pendingPullIntos = [];
  }

  cancelSteps(reason) {
    clearPendingPullIntos(this);
    resetQueue(this);
    const result = this.cancelAlgorithm(reason);
    clearAlgorithms(this);
    return result;
  }

  pullSteps(readRequest) {
    if (this.queueTotalSize > 0) {
      fillReadRequestFromQueue(this, readRequest);
      return;
    }
    const size = this.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        readRequest.errorSteps(error);
        return;
      }
      this.pendingPullIntos.push({
        buffer,
        bufferByteLength: size,
        byteOffset: 0,
        byteLength: size,
        bytesFilled: 0,
        minimumFill: 1,
        elementSize: 1,
        kind: uint8Kind,
        readerType: 'default',
      });
    }
    addReadRequest(this.stream, readRequest);
    callPullIfNeeded(this);
  }

  // A released reader's requests are gone, but the source may still be filling the first
  // descriptor through byobRequest; keep it, marked as owned by nobody.
  releaseSteps() {
    if (this.pendingPullIntos.length === 0) return;
    const first = this.pendingPullIntos[0];
    first.readerType = 'none';
    this.pendingPullIntos = [first];
  }

  pullInto(view, min, readIntoRequest) {
    pullInto(this, view, min, readIntoRequest);
  }
}

// Public classes ----------------------------------------------------------------------------

class ReadableByteStreamController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get byobRequest() {
    return getBYOBRequest(controllerState(this));
  }

  get desiredSize() {
    return getDesiredSize(controllerState(this));
  }

  close() {
    const controller = controllerState(this);
    checkCanCloseOrEnqueue(controller);
    byteControllerClose(controller);
  }

  enqueue(chunk) {
    const controller = controllerState(this);
    validateBufferSource(chunk, 'buffer');
    const buffer = viewBuffer(chunk);
    if (viewByteLength(chunk) === 0 || isDetachedBuffer(buffer) ||
        arrayBufferByteLength.call(buffer) === 0) {
      throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
    }
    checkCanCloseOrEnqueue(controller);
    byteControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    byteControllerError(controllerState(this), error);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, 'ReadableByteStreamController', {});
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'ReadableByteStreamController', configurable: true },
});

function checkCanCloseOrEnqueue(controller) {
  if (controller.closeRequested) {
    throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
  }
  if (controller.stream.state !== 'readable') {
    throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
  }
}

function controllerState(object) {
  const state = object?.[kState];
  if (!(state instanceof ByteControllerState)) {
    throw new ERR_INVALID_THIS('ReadableByteStreamController');
  }
  return state;
}

function isReadableByteStreamController(object) {
  return object?.[kState] instanceof ByteControllerState;
}

class BYOBRequestState {
  constructor(controller, view) {
    this.controller = controller;
    this.view = view;
  }
}

class ReadableStreamBYOBRequest {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get view() {
    return requestState(this).view;
  }

  respond(bytesWritten) {
    const request = requestState(this);
    if (request.controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    const written = toByteCount(bytesWritten, 'bytesWritten');
    if (isDetachedBuffer(viewBuffer(request.view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespond(request.controller, written);
  }

  respondWithNewView(view) {
    const request = requestState(this);
    validateBufferSource(view, 'view');
    if (request.controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    if (isDetachedBuffer(viewBuffer(view))) {
      throw new ERR_INVALID_STATE.TypeError('Viewed ArrayBuffer is detached');
    }
    byteControllerRespondWithNewView(request.controller, view);
  }

  [customInspectSymbol](depth, options) {
    const request = requestState(this);
    return customInspect(depth, options, 'ReadableStreamBYOBRequest', {
      view: request.view,
      controller: request.controller?.api,
    });
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: kEnumerableProperty,
  respond: kEnumerableProperty,
  respondWithNewView: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'ReadableStreamBYOBRequest', configurable: true },
});

function requestState(object) {
  const state = object?.[kState];
  if (!(state instanceof BYOBRequestState)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
  return state;
}

// WebIDL [EnforceRange] unsigned long long.
function toByteCount(value, name) {
  const number = +value;
  if (!Number.isFinite(number)) throw new ERR_INVALID_ARG_VALUE(name, value);
  const integer = Math.trunc(number);
  if (integer < 0 || integer > Number.MAX_SAFE_INTEGER) throw new ERR_INVALID_ARG_VALUE(name, value);
  return integer;
}

// Abstract operations ---------------------------------------------------------------------

function clearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function resetQueue(controller) {
  controller.queue.clear();
  controller.queueTotalSize = 0;
}

function clearPendingPullIntos(controller) {
  invalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

function invalidateBYOBRequest(controller) {
  const request = controller.byobRequest;
  if (request === null) return;
  request[kState].controller = undefined;
  request[kState].view = null;
  controller.byobRequest = null;
}

function getBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = Object.create(ReadableStreamBYOBRequest.prototype);
    request[kState] = new BYOBRequestState(controller, view);
    controller.byobRequest = request;
  }
  return controller.byobRequest;
}

function getDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.highWaterMark - controller.queueTotalSize;
}

function shouldCallPull(controller) {
  const stream = controller.stream;
  if (stream.state !== 'readable' || controller.closeRequested || !controller.started) return false;
  if ((hasDefaultReader(stream) || hasBYOBReader(stream)) && getNumReadRequests(stream) > 0) {
    return true;
  }
  return getDesiredSize(controller) > 0;
}

function callPullIfNeeded(controller) {
  if (!shouldCallPull(controller)) return;
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  whenSettled(controller.pullAlgorithm(), () => {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      callPullIfNeeded(controller);
    }
  }, (error) => {
    byteControllerError(controller, error);
  });
}

function byteControllerClose(controller) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  clearAlgorithms(controller);
  readableStreamClose(stream);
}

function byteControllerError(controller, error) {
  const stream = controller.stream;
  if (stream.state !== 'readable') return;
  clearPendingPullIntos(controller);
  resetQueue(controller);
  clearAlgorithms(controller);
  readableStreamError(stream, error);
}

function byteControllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') return;
  const buffer = viewBuffer(chunk);
  const byteOffset = viewByteOffset(chunk);
  const byteLength = viewByteLength(chunk);
  if (isDetachedBuffer(buffer)) {
    throw new ERR_INVALID_STATE.TypeError('chunk ArrayBuffer is zero-length or detached');
  }
  const transferredBuffer = transferArrayBuffer(buffer);
  if (controller.pendingPullIntos.length > 0) {
    const first = controller.pendingPullIntos[0];
    if (isDetachedBuffer(first.buffer)) {
      throw new ERR_INVALID_STATE.TypeError('The BYOB request\'s buffer has been detached');
    }
    invalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  if (hasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (getNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) shiftPendingPullInto(controller);
      fulfillReadRequest(stream, new Uint8Array(transferredBuffer, byteOffset, byteLength), false);
    }
  } else if (hasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    commitAll(stream, processPullIntoDescriptorsUsingQueue(controller));
  } else {
    enqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  callPullIfNeeded(controller);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({ buffer, byteOffset, byteLength });
  controller.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = cloneArrayBuffer(buffer, byteOffset, byteLength);
  } catch (error) {
    byteControllerError(controller, error);
    throw error;
  }
  enqueueChunkToQueue(controller, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunkToQueue(controller, descriptor.buffer, descriptor.byteOffset,
                              descriptor.bytesFilled);
  }
  shiftPendingPullInto(controller);
}

function shiftPendingPullInto(controller) {
  return controller.pendingPullIntos.shift();
}

function fillReadRequestFromQueue(controller, readRequest) {
  const entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  handleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function processReadRequestsUsingQueue(controller) {
  const reader = controller.stream.reader;
  while (reader.requests.length > 0) {
    if (controller.queueTotalSize === 0) return;
    fillReadRequestFromQueue(controller, reader.requests.shift());
  }
}

// Copies queued bytes into the descriptor; true once it holds at least its minimum fill.
function fillPullIntoDescriptorFromQueue(controller, descriptor) {
  const maxBytesToCopy = Math.min(controller.queueTotalSize,
                                  descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % descriptor.elementSize);
  if (maxAlignedBytes >= descriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destinationStart = descriptor.byteOffset + descriptor.bytesFilled;
    copyBytes(descriptor.buffer, destinationStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    descriptor.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const filled = [];
  while (controller.pendingPullIntos.length > 0) {
    if (controller.queueTotalSize === 0) break;
    const descriptor = controller.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      shiftPendingPullInto(controller);
      filled.push(descriptor);
    }
  }
  return filled;
}

function handleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    clearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    callPullIfNeeded(controller);
  }
}

function convertPullIntoDescriptor(descriptor) {
  const buffer = transferArrayBuffer(descriptor.buffer);
  return constructView(descriptor.kind, buffer, descriptor.byteOffset,
                       descriptor.bytesFilled / descriptor.elementSize);
}

function commitPullIntoDescriptor(stream, descriptor) {
  const done = stream.state === 'closed';
  const filledView = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') fulfillReadRequest(stream, filledView, done);
  else fulfillReadIntoRequest(stream, filledView, done);
}

function commitAll(stream, descriptors) {
  for (const descriptor of descriptors) commitPullIntoDescriptor(stream, descriptor);
}

function pullInto(controller, view, min, readIntoRequest) {
  const stream = controller.stream;
  const kind = viewKind(view);
  const byteOffset = viewByteOffset(view);
  const byteLength = viewByteLength(view);
  let buffer;
  try {
    buffer = transferArrayBuffer(viewBuffer(view));
  } catch (error) {
    readIntoRequest.errorSteps(error);
    return;
  }
  const descriptor = {
    buffer,
    bufferByteLength: arrayBufferByteLength.call(buffer),
    byteOffset,
    byteLength,
    bytesFilled: 0,
    minimumFill: min * kind.elementSize,
    elementSize: kind.elementSize,
    kind,
    readerType: 'byob',
  };
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(descriptor);
    stream.reader.requests.push(readIntoRequest);
    return;
  }
  if (stream.state === 'closed') {
    readIntoRequest.closeSteps(constructView(kind, buffer, byteOffset, 0));
    return;
  }
  if (controller.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = convertPullIntoDescriptor(descriptor);
      handleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (controller.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('ReadableStream closed');
      byteControllerError(controller, error);
      readIntoRequest.errorSteps(error);
      return;
    }
  }
  controller.pendingPullIntos.push(descriptor);
  stream.reader.requests.push(readIntoRequest);
  callPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  if (controller.stream.state === 'closed') {
    if (bytesWritten !== 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
  } else {
    if (bytesWritten === 0) throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten);
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  respondInternal(controller, bytesWritten);
}

function byteControllerRespondWithNewView(controller, view) {
  const first = controller.pendingPullIntos[0];
  const byteLength = viewByteLength(view);
  if (controller.stream.state === 'closed') {
    if (byteLength !== 0) throw new ERR_INVALID_STATE.TypeError('View is not zero-length');
  } else if (byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length');
  }
  const buffer = viewBuffer(view);
  if (first.byteOffset + first.bytesFilled !== viewByteOffset(view) ||
      first.bufferByteLength !== arrayBufferByteLength.call(buffer) ||
      first.bytesFilled + byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view);
  }
  first.buffer = transferArrayBuffer(buffer);
  respondInternal(controller, byteLength);
}

function respondInternal(controller, bytesWritten) {
  const first = controller.pendingPullIntos[0];
  invalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') {
    respondInClosedState(controller, first);
  } else {
    respondInReadableState(controller, bytesWritten, first);
  }
  callPullIfNeeded(controller);
}

function respondInClosedState(controller, first) {
  if (first.readerType === 'none') shiftPendingPullInto(controller);
  const stream = controller.stream;
  if (hasBYOBReader(stream)) {
    const filled = [];
    const count = getNumReadRequests(stream);
    while (filled.length < count) filled.push(shiftPendingPullInto(controller));
    commitAll(stream, filled);
  }
}

function respondInReadableState(controller, bytesWritten, descriptor) {
  const stream = controller.stream;
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, descriptor);
    commitAll(stream, processPullIntoDescriptorsUsingQueue(controller));
    return;
  }
  if (descriptor.bytesFilled < descriptor.minimumFill) return;
  shiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    enqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainderSize, remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  const filled = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(stream, descriptor);
  commitAll(stream, filled);
}

function setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                             highWaterMark, autoAllocateChunkSize) {
  const api = Object.create(ReadableByteStreamController.prototype);
  const controller = new ByteControllerState(api, stream);
  api[kState] = controller;
  controller.highWaterMark = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  controller.autoAllocateChunkSize = autoAllocateChunkSize;
  stream.controller = controller;
  const startResult = startAlgorithm(api);
  whenSettled(startPromiseFor(startResult), () => {
    controller.started = true;
    callPullIfNeeded(controller);
  }, (error) => {
    byteControllerError(controller, error);
  });
  return controller;
}

// SetUpReadableByteStreamControllerFromUnderlyingSource, with the source's callbacks already
// read and checked.
function setUpByteControllerFromSource(stream, source, callbacks, highWaterMark) {
  const { start, pull, cancel } = callbacks;
  let autoAllocateChunkSize = callbacks.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    const size = +autoAllocateChunkSize;
    if (!Number.isFinite(size) || Math.trunc(size) <= 0 || size > Number.MAX_SAFE_INTEGER) {
      throw new ERR_INVALID_ARG_VALUE('source.autoAllocateChunkSize', autoAllocateChunkSize);
    }
    autoAllocateChunkSize = Math.trunc(size);
  }
  const startAlgorithm = start === undefined ? noopStart :
    (api) => Reflect.apply(start, source, [api]);
  const pullAlgorithm = pull === undefined ? resolvedUndefined :
    () => callPromiseReturning(pull, source, stream.controller.api);
  const cancelAlgorithm = cancel === undefined ? resolvedUndefined :
    (reason) => callPromiseReturning(cancel, source, reason);
  setUpByteController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                      highWaterMark, autoAllocateChunkSize);
}

function noopStart() {}

function resolvedUndefined() {
  return promiseResolve();
}

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBRequest,
  byteControllerClose,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerRespond,
  byteControllerRespondWithNewView,
  getBYOBRequest,
  isReadableByteStreamController,
  setUpByteController,
  setUpByteControllerFromSource,
};
