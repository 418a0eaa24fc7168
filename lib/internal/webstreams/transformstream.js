'use strict';
// TransformStream and TransformStreamDefaultController (Streams Standard §6): a writable
// side whose chunks the transformer turns into chunks of a readable side. Writes wait while
// the readable side has backpressure.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const {
  kState,
  Deferred,
  callPromiseReturning,
  customInspect,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getCallback,
  promiseReject,
  promiseResolve,
  validateDictionary,
  whenSettled,
} = require('internal/webstreams/util');
const { createReadableStream } = require('internal/webstreams/readablestream');
const {
  canCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  getDesiredSize,
  hasBackpressure,
} = require('internal/webstreams/readable_default_controller');
const {
  controllerErrorIfNeeded,
  createWritableStream,
} = require('internal/webstreams/writablestream');

class TransformStreamState {
  constructor(api) {
    this.api = api;
    this.readable = undefined;
    this.writable = undefined;
    this.backpressure = undefined;
    this.backpressureChangePromise = undefined;
    this.controller = undefined;
  }
}

class ControllerState {
  constructor(api, stream) {
    this.api = api;
    this.stream = stream;
    this.transformAlgorithm = undefined;
    this.flushAlgorithm = undefined;
    this.cancelAlgorithm = undefined;
    this.finishPromise = undefined;
  }
}

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    if (transformer !== undefined) {
      validateObject(transformer, 'transformer', { allowArray: true, allowFunction: true });
    }
    validateDictionary(writableStrategy, 'writableStrategy');
    validateDictionary(readableStrategy, 'readableStrategy');
    const callbacks = {
      cancel: getCallback(transformer, 'cancel', 'transformer'),
      flush: getCallback(transformer, 'flush', 'transformer'),
      start: getCallback(transformer, 'start', 'transformer'),
      transform: getCallback(transformer, 'transform', 'transformer'),
    };
    for (const key of ['readableType', 'writableType']) {
      const value = transformer?.[key];
      if (value !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError(`transformer.${key}`, value);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy);
    const startPromise = new Deferred();
    const stream = new TransformStreamState(this);
    this[kState] = stream;
    initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSizeAlgorithm,
                              readableHighWaterMark, readableSizeAlgorithm);
    const controller = setUpControllerFromTransformer(stream, transformer, callbacks);
    if (callbacks.start !== undefined) {
      startPromise.resolve(Reflect.apply(callbacks.start, transformer, [controller.api]));
    } else {
      startPromise.resolve();
    }
  }

  get readable() {
    return streamState(this).readable.api;
  }

  get writable() {
    return streamState(this).writable.api;
  }

  [customInspectSymbol](depth, options) {
    const stream = streamState(this);
    return customInspect(depth, options, 'TransformStream', {
      readable: stream.readable.api,
      writable: stream.writable.api,
      backpressure: stream.backpressure,
    });
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'TransformStream', configurable: true },
});

class TransformStreamDefaultController {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get desiredSize() {
    return getDesiredSize(controllerState(this).stream.readable.controller);
  }

  enqueue(chunk = undefined) {
    controllerEnqueue(controllerState(this), chunk);
  }

  error(reason = undefined) {
    transformStreamError(controllerState(this).stream, reason);
  }

  terminate() {
    controllerTerminate(controllerState(this));
  }

  [customInspectSymbol](depth, options) {
    return customInspect(depth, options, 'TransformStreamDefaultController', {
      stream: controllerState(this).stream.api,
    });
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  terminate: kEnumerableProperty,
  [Symbol.toStringTag]: { value: 'TransformStreamDefaultController', configurable: true },
});

function isTransformStream(object) {
  return object?.[kState] instanceof TransformStreamState;
}

function streamState(object) {
  if (!isTransformStream(object)) throw new ERR_INVALID_THIS('TransformStream');
  return object[kState];
}

function controllerState(object) {
  const state = object?.[kState];
  if (!(state instanceof ControllerState)) {
    throw new ERR_INVALID_THIS('TransformStreamDefaultController');
  }
  return state;
}

// Transform streams -------------------------------------------------------------------------

function initializeTransformStream(stream, startPromise, writableHighWaterMark,
                                   writableSizeAlgorithm, readableHighWaterMark,
                                   readableSizeAlgorithm) {
  const startAlgorithm = () => startPromise.promise;
  stream.writable = createWritableStream(
    startAlgorithm,
    (chunk) => sinkWriteAlgorithm(stream, chunk),
    () => sinkCloseAlgorithm(stream),
    (reason) => sinkAbortAlgorithm(stream, reason),
    writableHighWaterMark,
    writableSizeAlgorithm);
  stream.readable = createReadableStream(
    startAlgorithm,
    () => sourcePullAlgorithm(stream),
    (reason) => sourceCancelAlgorithm(stream, reason),
    readableHighWaterMark,
    readableSizeAlgorithm);
  stream.backpressure = undefined;
  stream.backpressureChangePromise = undefined;
  setBackpressure(stream, true);
  stream.controller = undefined;
}

function transformStreamError(stream, error) {
  defaultControllerError(stream.readable.controller, error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  clearAlgorithms(stream.controller);
  controllerErrorIfNeeded(stream.writable.controller, error);
  unblockWrite(stream);
}

function setBackpressure(stream, backpressure) {
  if (stream.backpressureChangePromise !== undefined) stream.backpressureChangePromise.resolve();
  stream.backpressureChangePromise = new Deferred();
  stream.backpressure = backpressure;
}

function unblockWrite(stream) {
  if (stream.backpressure) setBackpressure(stream, false);
}

// Default controllers -----------------------------------------------------------------------

function setUpControllerFromTransformer(stream, transformer, callbacks) {
  const api = Object.create(TransformStreamDefaultController.prototype);
  const controller = new ControllerState(api, stream);
  api[kState] = controller;
  const { transform, flush, cancel } = callbacks;
  controller.transformAlgorithm = transform === undefined ?
    (chunk) => {
      try {
        controllerEnqueue(controller, chunk);
        return promiseResolve();
      } catch (error) {
        return promiseReject(error);
      }
    } :
    (chunk) => callPromiseReturning(transform, transformer, chunk, api);
  controller.flushAlgorithm = flush === undefined ? resolvedUndefined :
    () => callPromiseReturning(flush, transformer, api);
  controller.cancelAlgorithm = cancel === undefined ? resolvedUndefined :
    (reason) => callPromiseReturning(cancel, transformer, reason);
  stream.controller = controller;
  return controller;
}

function resolvedUndefined() {
  return promiseResolve();
}

function clearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller.stream;
  const readableController = stream.readable.controller;
  if (!canCloseOrEnqueue(readableController)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    defaultControllerEnqueue(readableController, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream.readable.storedError;
  }
  const backpressure = hasBackpressure(readableController);
  if (backpressure !== stream.backpressure) setBackpressure(stream, true);
}

function controllerPerformTransform(controller, chunk) {
  const transformPromise = controller.transformAlgorithm(chunk);
  return whenSettled(transformPromise, undefined, (reason) => {
    transformStreamError(controller.stream, reason);
    throw reason;
  });
}

function controllerTerminate(controller) {
  const stream = controller.stream;
  defaultControllerClose(stream.readable.controller);
  const error = new ERR_INVALID_STATE.TypeError('TransformStream has been terminated');
  errorWritableAndUnblockWrite(stream, error);
}

// The writable side's sink ------------------------------------------------------------------

function sinkWriteAlgorithm(stream, chunk) {
  const controller = stream.controller;
  if (stream.backpressure) {
    return whenSettled(stream.backpressureChangePromise.promise, () => {
      const writable = stream.writable;
      if (writable.state === 'erroring') throw writable.storedError;
      return controllerPerformTransform(controller, chunk);
    });
  }
  return controllerPerformTransform(controller, chunk);
}

// Node's abort settles a tick after the transformer's cancel has been dealt with (its sink
// abort result is adopted by a new promise); the order of callbacks shows it.
function sinkAbortAlgorithm(stream, reason) {
  return adopt(abortTransform(stream, reason));
}

function adopt(promise) {
  return new Promise((resolve) => resolve(promise));
}

function abortTransform(stream, reason) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const readable = stream.readable;
  controller.finishPromise = new Deferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  whenSettled(cancelPromise, () => {
    if (readable.state === 'errored') {
      controller.finishPromise.reject(readable.storedError);
    } else {
      defaultControllerError(readable.controller, reason);
      controller.finishPromise.resolve();
    }
  }, (error) => {
    defaultControllerError(readable.controller, error);
    controller.finishPromise.reject(error);
  });
  return controller.finishPromise.promise;
}

function sinkCloseAlgorithm(stream) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const readable = stream.readable;
  controller.finishPromise = new Deferred();
  const flushPromise = controller.flushAlgorithm();
  clearAlgorithms(controller);
  whenSettled(flushPromise, () => {
    if (readable.state === 'errored') {
      controller.finishPromise.reject(readable.storedError);
    } else {
      defaultControllerClose(readable.controller);
      controller.finishPromise.resolve();
    }
  }, (error) => {
    defaultControllerError(readable.controller, error);
    controller.finishPromise.reject(error);
  });
  return controller.finishPromise.promise;
}

// The readable side's source ----------------------------------------------------------------

function sourceCancelAlgorithm(stream, reason) {
  const controller = stream.controller;
  if (controller.finishPromise !== undefined) return controller.finishPromise.promise;
  const writable = stream.writable;
  controller.finishPromise = new Deferred();
  const cancelPromise = controller.cancelAlgorithm(reason);
  clearAlgorithms(controller);
  whenSettled(cancelPromise, () => {
    if (writable.state === 'errored') {
      controller.finishPromise.reject(writable.storedError);
    } else {
      controllerErrorIfNeeded(writable.controller, reason);
      unblockWrite(stream);
      controller.finishPromise.resolve();
    }
  }, (error) => {
    controllerErrorIfNeeded(writable.controller, error);
    unblockWrite(stream);
    controller.finishPromise.reject(error);
  });
  return controller.finishPromise.promise;
}

function sourcePullAlgorithm(stream) {
  setBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  isTransformStream,
};
