'use strict';
// ReadableStreamDefaultController (Streams Standard §4.6, §4.9.4): the queue and pull logic
// of readable streams that carry arbitrary values.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_STATE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const {
  kState,
  SizedQueue,
  callPromiseReturning,
  customInspect,
  promiseResolve,
  startPromiseFor,
  whenSettled,
} = require('internal/webstreams/util');
const {
  addReadRequest,
  fulfillReadRequest,
  getNumReadRequests,
  isReadableStreamLocked,
  readableStreamClose,
  readableStreamError,
} = require('internal/webstreams/readable_core');

class DefaultControllerState {
  constructor(api, stream) {
    this.api = api;
    this.stream = stream;
    this.queue = new SizedQueue();
    this.started = false;
    this.closeRequested = false;
    this.pullAgain = false;
    this.pulling = false;
    this.sizeAlgorithm = undefined;
    this.highWaterMark = 0;
    this.pullAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
  }

  cancelSteps(reason) {
    this.queue.reset();
    const result = this.cancelAlgorithm(reason);
    clearAlgorithms(this);
    return result;
  }

  pullSteps(readRequest) {
    if (this.queue.length > 0) {
      const chunk = this.queue.dequeue();
      if (this.closeRequested && this.queue.length === 0) {
        clearAlgorithms(this);
        readableStreamClose(this.stream);
      } else {
        callPullIfNeeded(this);
      }
      readRequest.chunkSteps(chunk);
    } else {
      addReadRequest(this.stream, readRequest);
      callPullIfNeeded(this);
    }
  }

  releaseSteps() {}
}

class ReadableStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return getDesiredSize(controllerState(this));
  }

  close() {
    const controller = controllerState(this);
    if (!canCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerClose(controller);
  }

  enqueue(chunk = undefined) {
    const controller = controllerState(this);
    if (!canCloseOrEnqueue(controller)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerEnqueue(controller, chunk);
  }

  error(error = undefined) {
    defaultControllerError(controllerState(this), error);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, 'ReadableStreamDefaultController', {});
  }
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'ReadableStreamDefaultController', configurable: true },
});

function controllerState(object) {
  const state = object?.[kState];
  if (!(state instanceof DefaultControllerState)) {
    throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
  }
  return state;
}

function isReadableStreamDefaultController(object) {
  return object?.[kState] instanceof DefaultControllerState;
}

// Abstract operations ---------------------------------------------------------------------

function clearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.sizeAlgorithm = undefined;
}

function canCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

function getDesiredSize(controller) {
  const state = controller.stream.state;
  if (state === 'errored') return null;
  if (state === 'closed') return 0;
  return controller.highWaterMark - controller.queue.totalSize;
}

function shouldCallPull(controller) {
  if (!canCloseOrEnqueue(controller) || !controller.started) return false;
  const stream = controller.stream;
  if (isReadableStreamLocked(stream) && getNumReadRequests(stream) > 0) return true;
  return getDesiredSize(controller) > 0;
}

// Used by TransformStream: the readable side wants no more chunks for now.
function hasBackpressure(controller) {
  return !shouldCallPull(controller);
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
    defaultControllerError(controller, error);
  });
}

function defaultControllerClose(controller) {
  if (!canCloseOrEnqueue(controller)) return;
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    clearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!canCloseOrEnqueue(controller)) return;
  const stream = controller.stream;
  if (isReadableStreamLocked(stream) && getNumReadRequests(stream) > 0) {
    fulfillReadRequest(stream, chunk, false);
  } else {
    try {
      const size = controller.sizeAlgorithm(chunk);
      controller.queue.enqueue(chunk, size);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
  }
  callPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  if (controller.stream.state !== 'readable') return;
  controller.queue.reset();
  clearAlgorithms(controller);
  readableStreamError(controller.stream, error);
}

function setUpDefaultController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                highWaterMark, sizeAlgorithm) {
  const api = Object.create(ReadableStreamDefaultController.prototype);
  const controller = new DefaultControllerState(api, stream);
  api[kState] = controller;
  controller.sizeAlgorithm = sizeAlgorithm;
  controller.highWaterMark = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  stream.controller = controller;
  const startResult = startAlgorithm(api);
  whenSettled(startPromiseFor(startResult), () => {
    controller.started = true;
    callPullIfNeeded(controller);
  }, (error) => {
    defaultControllerError(controller, error);
  });
  return controller;
}

// SetUpReadableStreamDefaultControllerFromUnderlyingSource, with the source's callbacks
// already read and checked.
function setUpDefaultControllerFromSource(stream, source, callbacks, highWaterMark, sizeAlgorithm) {
  const { start, pull, cancel } = callbacks;
  const startAlgorithm = start === undefined ? noopStart :
    (api) => Reflect.apply(start, source, [api]);
  const pullAlgorithm = pull === undefined ? resolvedUndefined :
    () => callPromiseReturning(pull, source, stream.controller.api);
  const cancelAlgorithm = cancel === undefined ? resolvedUndefined :
    (reason) => callPromiseReturning(cancel, source, reason);
  setUpDefaultController(stream, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                         highWaterMark, sizeAlgorithm);
}

function noopStart() {}

function resolvedUndefined() {
  return promiseResolve();
}

module.exports = {
  ReadableStreamDefaultController,
  canCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  getDesiredSize,
  hasBackpressure,
  isReadableStreamDefaultController,
  setUpDefaultController,
  setUpDefaultControllerFromSource,
};
