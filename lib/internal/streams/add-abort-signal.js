'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal
// aborts (at once if it already has).

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');

let eos;

// Stricter than the shared validator, as node's own here: undefined is refused, and null
// fails on the `in` check with a plain TypeError.
function validateSignal(signal, name) {
  if (typeof signal !== 'object' || !('aborted' in signal)) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function addAbortSignal(signal, stream) {
  validateSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => { stream.destroy(new AbortError(undefined, { cause: signal.reason })); } :
    () => { stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason })); };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { __proto__: null, once: true });
    // Stop listening once the stream is done, so a long-lived signal does not keep it alive.
    eos ??= require('internal/streams/end-of-stream');
    eos(stream, () => { signal.removeEventListener('abort', onAbort); });
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
