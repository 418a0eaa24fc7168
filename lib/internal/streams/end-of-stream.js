'use strict';
// finished(stream, [options], callback): calls back once a stream is done, with the error that
// ended it, or ERR_STREAM_PREMATURE_CLOSE when it closed before ending or finishing. Works on
// node streams, old-style emitters, http messages, and web streams when they exist.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
} = require('internal/validators');
const { kEmptyObject, once } = require('internal/util');
const {
  isClosed,
  isNodeStream,
  isReadable,
  isReadableErrored,
  isReadableFinished,
  isReadableNodeStream,
  isReadableStream,
  isRequest,
  isWritable,
  isWritableErrored,
  isWritableFinished,
  isWritableNodeStream,
  isWritableStream,
  kIsClosedPromise,
  willEmitClose: streamWillEmitClose,
} = require('internal/streams/utils');

function nop() {}

// Calls `listener` once when `signal` aborts; returns the function that stops listening.
function listenForAbort(signal, listener) {
  signal.addEventListener('abort', listener, { __proto__: null, once: true });
  return () => { signal.removeEventListener('abort', listener); };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = kEmptyObject;
  } else if (options == null) {
    options = kEmptyObject;
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  callback = once(callback);

  if (isReadableStream(stream) || isWritableStream(stream)) {
    return eosWeb(stream, options, callback);
  }
  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }

  const readable = options.readable ?? isReadableNodeStream(stream);
  const writable = options.writable ?? isWritableNodeStream(stream);
  const wState = stream._writableState;
  const rState = stream._readableState;

  // When the stream will emit 'close' by itself, wait for that rather than for 'end'/'finish',
  // so that the callback comes after the stream is really done.
  let waitForClose = streamWillEmitClose(stream) &&
    isReadableNodeStream(stream) === readable &&
    isWritableNodeStream(stream) === writable;

  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);
  let closed = isClosed(stream);

  const onFinish = () => {
    writableFinished = true;
    // A destroyed stream has already emitted (or will not emit) its 'close'.
    if (stream.destroyed) waitForClose = false;
    if (waitForClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  const onEnd = () => {
    readableFinished = true;
    if (stream.destroyed) waitForClose = false;
    if (waitForClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  // Old streams without a writable state signal the end of writing by becoming unwritable.
  const onLegacyFinish = () => {
    if (!stream.writable) onFinish();
  };

  const onError = (err) => {
    callback.call(stream, err);
  };

  const onClose = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
        !isReadableFinished(stream, false)) {
      return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    if (writable && !writableFinished && !isWritableFinished(stream, false)) {
      return callback.call(stream, new ERR_STREAM_PREMATURE_CLOSE());
    }
    callback.call(stream);
  };

  // For streams that are done already: report their error if any, else success.
  const onAlreadyDone = () => {
    closed = true;
    const errored = isWritableErrored(stream) || isReadableErrored(stream);
    if (errored && typeof errored !== 'boolean') return callback.call(stream, errored);
    callback.call(stream);
  };

  const onRequest = () => {
    stream.req.on('finish', onFinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onFinish);
    if (!waitForClose) stream.on('abort', onClose);
    if (stream.req) onRequest();
    else stream.on('request', onRequest);
  } else if (writable && !wState) {
    stream.on('end', onLegacyFinish);
    stream.on('close', onLegacyFinish);
  }

  // http.IncomingMessage and friends.
  if (!waitForClose && typeof stream.aborted === 'boolean') stream.on('aborted', onClose);

  stream.on('end', onEnd);
  stream.on('finish', onFinish);
  if (options.error !== false) stream.on('error', onError);
  stream.on('close', onClose);

  if (closed) {
    process.nextTick(onClose);
  } else if (wState?.errorEmitted || rState?.errorEmitted) {
    if (!waitForClose) process.nextTick(onAlreadyDone);
  } else if (!readable && (!waitForClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false) &&
             (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    // Done writing, with no write still in flight.
    process.nextTick(onAlreadyDone);
  } else if (!writable && (!waitForClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    process.nextTick(onAlreadyDone);
  } else if (rState && stream.req && stream.aborted) {
    process.nextTick(onAlreadyDone);
  }

  const cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onClose);
    stream.removeListener('complete', onFinish);
    stream.removeListener('abort', onClose);
    stream.removeListener('request', onRequest);
    if (stream.req) stream.req.removeListener('finish', onFinish);
    stream.removeListener('end', onLegacyFinish);
    stream.removeListener('close', onLegacyFinish);
    stream.removeListener('finish', onFinish);
    stream.removeListener('end', onEnd);
    stream.removeListener('error', onError);
    stream.removeListener('close', onClose);
  };

  if (options.signal && !closed) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const stopListening = listenForAbort(signal, abort);
      const originalCallback = callback;
      callback = once((...args) => {
        stopListening();
        originalCallback.apply(stream, args);
      });
    }
  }

  return cleanup;
}

// Web streams signal their end through a promise kept under kIsClosedPromise.
function eosWeb(stream, options, callback) {
  let isAborted = false;
  let abort = nop;
  if (options.signal) {
    const signal = options.signal;
    abort = () => {
      isAborted = true;
      callback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(abort);
    } else {
      const stopListening = listenForAbort(signal, abort);
      const originalCallback = callback;
      callback = once((...args) => {
        stopListening();
        originalCallback.apply(stream, args);
      });
    }
  }
  const resolverFn = (...args) => {
    if (!isAborted) process.nextTick(() => callback.apply(stream, args));
  };
  stream[kIsClosedPromise].promise.then(resolverFn, resolverFn);
  return nop;
}

// The promise form, stream/promises' finished(); `cleanup: true` removes the listeners.
function finished(stream, options) {
  let autoCleanup = false;
  if (options === null) options = kEmptyObject;
  if (options?.cleanup) {
    validateBoolean(options.cleanup, 'cleanup');
    autoCleanup = options.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, options, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

module.exports = eos;
module.exports.finished = finished;
