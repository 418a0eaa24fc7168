'use strict';
// Tearing streams down, and the asynchronous _construct() step that precedes everything else.
// Works on Readable, Writable and Duplex alike: the flags involved live in the bits both state
// kinds share (internal/streams/state).
//
// The order of events is part of the contract: destroy() marks the stream destroyed at once,
// calls _destroy(), and only on the tick after _destroy's callback emits 'error' (if any) and
// then 'close'.

const {
  aggregateTwoErrors,
  AbortError,
  codes: { ERR_MULTIPLE_CALLBACK },
} = require('internal/errors');
const {
  kState,
  kConstructed,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrorEmitted,
  kEmitClose,
  kAutoDestroy,
  kOnConstructed,
} = require('internal/streams/state');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isRequest,
  isServerRequest,
} = require('internal/streams/utils');

// A destroy() that waits for _construct() to finish.
const kDestroyAfterConstruct = Symbol('kDestroyAfterConstruct');

function hasFlag(state, bit) {
  return state !== undefined && state !== null && (state[kState] & bit) !== 0;
}

function setFlag(readState, writeState, bit) {
  if (readState) readState[kState] |= bit;
  if (writeState) writeState[kState] |= bit;
}

// The first error a stream meets is the one it keeps.
function recordError(err, readState, writeState) {
  if (!err) return;
  err.stack; // eslint-disable-line no-unused-expressions -- capture the stack while it is useful
  if (writeState && !writeState.errored) writeState.errored = err;
  if (readState && !readState.errored) readState.errored = err;
}

// Readable.prototype.destroy and Writable's (which also fails the queued writes first).
function destroy(err, cb) {
  const readState = this._readableState;
  const writeState = this._writableState;
  if (hasFlag(writeState, kDestroyed) || hasFlag(readState, kDestroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, readState, writeState);
  setFlag(readState, writeState, kDestroyed);

  const state = writeState || readState;
  if ((state[kState] & kConstructed) === 0) {
    // Let _construct() finish first; its own error, if any, joins ours.
    this[kDestroyAfterConstruct] = (constructError) => {
      runDestroy(this, aggregateTwoErrors(constructError, err), cb);
    };
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(stream, err, cb) {
  let called = false;
  function onDestroyed(destroyError) {
    if (called) return;
    called = true;
    const readState = stream._readableState;
    const writeState = stream._writableState;
    recordError(destroyError, readState, writeState);
    setFlag(readState, writeState, kClosed);
    if (typeof cb === 'function') cb(destroyError);
    if (destroyError) process.nextTick(emitErrorAndClose, stream, destroyError);
    else process.nextTick(emitClose, stream);
  }
  try {
    stream._destroy(err || null, onDestroyed);
  } catch (thrown) {
    onDestroyed(thrown);
  }
}

function emitErrorAndClose(stream, err) {
  emitError(stream, err);
  emitClose(stream);
}

function emitClose(stream) {
  const readState = stream._readableState;
  const writeState = stream._writableState;
  setFlag(readState, writeState, kCloseEmitted);
  if (hasFlag(writeState, kEmitClose) || hasFlag(readState, kEmitClose)) stream.emit('close');
}

// 'error' is emitted at most once per stream, whichever side reports it.
function emitError(stream, err) {
  const readState = stream._readableState;
  const writeState = stream._writableState;
  if (hasFlag(writeState, kErrorEmitted) || hasFlag(readState, kErrorEmitted)) return;
  setFlag(readState, writeState, kErrorEmitted);
  stream.emit('error', err);
}

// Readable/Writable.prototype._undestroy: makes a destroyed stream usable again (net sockets
// reconnecting do this).
function undestroy() {
  const readState = this._readableState;
  const writeState = this._writableState;
  const reset = kDestroyed | kClosed | kCloseEmitted | kErrorEmitted;
  if (readState) {
    readState[kState] = (readState[kState] & ~reset) | kConstructed;
    readState.errored = null;
    readState.reading = false;
    const off = readState.readable === false;
    readState.ended = off;
    readState.endEmitted = off;
  }
  if (writeState) {
    writeState[kState] = (writeState[kState] & ~reset) | kConstructed;
    writeState.errored = null;
    writeState.finalCalled = false;
    writeState.prefinished = false;
    const off = writeState.writable === false;
    writeState.ended = off;
    writeState.ending = off;
    writeState.finished = off;
  }
}

// An error raised by the stream machinery itself: destroys the stream when it auto-destroys,
// otherwise only records and emits the error. `sync` defers the emit to the next tick.
function errorOrDestroy(stream, err, sync) {
  const readState = stream._readableState;
  const writeState = stream._writableState;
  if (hasFlag(writeState, kDestroyed) || hasFlag(readState, kDestroyed)) return;
  if (hasFlag(readState, kAutoDestroy) || hasFlag(writeState, kAutoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, readState, writeState);
    if (sync) process.nextTick(emitError, stream, err);
    else emitError(stream, err);
  }
}

// Runs stream._construct() on the next tick. Until it calls back, the stream reads and
// writes nothing; afterwards each state's kOnConstructed hook restarts what was requested.
function construct(stream) {
  if (typeof stream._construct !== 'function') return;
  const readState = stream._readableState;
  const writeState = stream._writableState;
  if (readState) readState[kState] &= ~kConstructed;
  if (writeState) writeState[kState] &= ~kConstructed;
  process.nextTick(startConstruct, stream);
}

function startConstruct(stream) {
  let called = false;
  function onConstructed(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const readState = stream._readableState;
    const writeState = stream._writableState;
    setFlag(readState, writeState, kConstructed);
    const pendingDestroy = stream[kDestroyAfterConstruct];
    if (hasFlag(writeState || readState, kDestroyed)) {
      if (pendingDestroy) {
        stream[kDestroyAfterConstruct] = undefined;
        pendingDestroy(err);
      }
    } else if (err) {
      errorOrDestroy(stream, err, true);
    } else {
      if (readState) readState[kOnConstructed](stream);
      if (writeState) writeState[kOnConstructed](stream);
    }
  }
  // The callback is always honoured on a later tick, even when _construct calls it at once.
  try {
    stream._construct((err) => { process.nextTick(onConstructed, err); });
  } catch (err) {
    process.nextTick(onConstructed, err);
  }
}

// Destroys anything stream-like, however it spells that: pipeline() and finished() use it on
// streams they did not create.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;
  if (!err && !isFinished(stream)) err = new AbortError();
  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick((target, error) => { target.emit('error', error); }, stream, err);
  } else {
    process.nextTick((target) => { target.emit('close'); }, stream);
  }
  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroy,
  destroyer,
  errorOrDestroy,
  undestroy,
};
