'use strict';
// Writable streams.
//
// write() hands one chunk at a time to _write(); chunks written meanwhile wait in
// `state.buffered` (from `state.bufferedIndex` on) and go out one by one, or all at once
// through _writev() when the stream has one. `state.length` counts what is not written yet;
// write() returns false once it reaches the high-water mark, and 'drain' follows when the
// queue empties. end() leads to _final(), 'prefinish', 'finish' and (auto-destroy) 'close'.
//
// Callbacks of writes that completed synchronously are batched and called on the next tick,
// which is what keeps a fast synchronous sink from recursing; the tick on which each callback
// and event happens follows Node 20.

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const {
  construct,
  destroy,
  errorOrDestroy,
  undestroy,
} = require('internal/streams/destroy');
const {
  kState,
  kOnConstructed,
  kObjectMode,
  kConstructed,
  kSync,
  kDestroyed,
  kWritableIdle,
  kClosed,
  kCloseEmitted,
  kErrorEmitted,
  kEmitClose,
  kAutoDestroy,
  kEnded,
  kFirstSideBit,
  getHighWaterMark,
  getDefaultHighWaterMark,
  defineFlagAccessors,
} = require('internal/streams/state');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { normalizeEncoding, chunkLength } = require('internal/util');

const kFinalCalled = 1 << kFirstSideBit;
const kNeedDrain = 1 << (kFirstSideBit + 1);
const kEnding = 1 << (kFirstSideBit + 2);
const kFinished = 1 << (kFirstSideBit + 3);
const kDecodeStrings = 1 << (kFirstSideBit + 4);
const kWriting = 1 << (kFirstSideBit + 5);
const kBufferProcessing = 1 << (kFirstSideBit + 6);
const kPrefinished = 1 << (kFirstSideBit + 7);
const kAllBuffers = 1 << (kFirstSideBit + 8);
const kAllNoop = 1 << (kFirstSideBit + 9);
// A tick is scheduled to complete a synchronous write nobody passed a callback for.
const kAfterWritePending = 1 << (kFirstSideBit + 10);

// Callbacks given to end() before 'finish'.
const kOnFinished = Symbol('kOnFinished');

let BufferClass;
let Duplex;

function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

function isKnownEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
}

function nop() {}

// --- state ----------------------------------------------------------------------------------

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  let bits = kConstructed | kSync | kEmitClose | kAutoDestroy | kDecodeStrings;
  if (options && (options.objectMode || (isDuplex && options.writableObjectMode))) {
    bits |= kObjectMode;
  }
  if (options && options.decodeStrings === false) bits &= ~kDecodeStrings;
  if (options && options.emitClose === false) bits &= ~kEmitClose;
  if (options && options.autoDestroy === false) bits &= ~kAutoDestroy;
  this[kState] = bits;

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (isKnownEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  this.length = 0;
  this.corked = 0;
  // The one callback every _write() gets; it knows its stream.
  this.onwrite = function onwrite(err) { writeDone(stream, err); };
  this.writecb = null;
  this.writelen = 0;
  // Synchronously completed writes whose callbacks wait for the next tick: { stream, state,
  // cb, count }.
  this.afterWriteTickInfo = null;
  this.buffered = [];
  this.bufferedIndex = 0;
  this[kState] |= kAllBuffers | kAllNoop;
  this.pendingcb = 0;
  this.errored = null;
  this[kOnFinished] = [];
}

defineFlagAccessors(WritableState.prototype, {
  objectMode: kObjectMode,
  finalCalled: kFinalCalled,
  needDrain: kNeedDrain,
  ending: kEnding,
  ended: kEnded,
  finished: kFinished,
  destroyed: kDestroyed,
  decodeStrings: kDecodeStrings,
  writing: kWriting,
  sync: kSync,
  bufferProcessing: kBufferProcessing,
  constructed: kConstructed,
  prefinished: kPrefinished,
  errorEmitted: kErrorEmitted,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  closed: kClosed,
  closeEmitted: kCloseEmitted,
  allBuffers: kAllBuffers,
  allNoop: kAllNoop,
});

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this.buffered.length - this.bufferedIndex; },
});

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
}

// --- construction ---------------------------------------------------------------------------

function Writable(options) {
  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;
  // Duplex instances pass `instanceof Writable` through Symbol.hasInstance below; only a real
  // prototype chain counts here.
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }

  // A plain object, as node's (see Readable).
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  construct(this);
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

// Once _construct() succeeded: write what was queued meanwhile, finish if end() came too.
WritableState.prototype[kOnConstructed] = function(stream) {
  if ((this[kState] & kWriting) === 0) flushBuffered(stream, this);
  maybeFinish(stream, this);
};

Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.WritableState = WritableState;

// True when bytes handed straight to the underlying resource now would reach it in the order
// write() would give them: nothing buffered, corked or being written, and not ending, destroyed
// or errored.
WritableState.prototype[kWritableIdle] = function writableIdle() {
  return (this[kState] & (kConstructed | kWriting | kEnding | kEnded | kDestroyed)) === kConstructed &&
    this.length === 0 && this.corked === 0 && this.errored === null;
};

// A writable-only stream cannot be a pipe source.
Writable.prototype.pipe = function pipe() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// --- write ----------------------------------------------------------------------------------

// Validates and queues one chunk. Returns write()'s answer, or the error it reported.
function writeChunk(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();
  const bits = state[kState];
  // Object mode passes chunk and encoding through untouched.
  if ((bits & kObjectMode) === 0) {
    if (!encoding) encoding = state.defaultEncoding;
    else if (encoding !== 'buffer' && !isKnownEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);

    if (typeof chunk === 'string') {
      if ((bits & kDecodeStrings) !== 0) {
        chunk = (BufferClass ?? lazyBuffer()).from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof (BufferClass ?? lazyBuffer())) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = BufferClass.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if ((bits & kEnding) !== 0) err = new ERR_STREAM_WRITE_AFTER_END();
  else if ((bits & kDestroyed) !== 0) err = new ERR_STREAM_DESTROYED('write');
  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  state.pendingcb++;
  const length = (bits & kObjectMode) !== 0 ? 1 : chunkLength(chunk);
  state.length += length;

  if ((bits & kWriting) !== 0 || state.corked || state.errored || (bits & kConstructed) === 0) {
    state.buffered.push({ chunk, encoding, callback: cb });
    if (encoding !== 'buffer') state[kState] &= ~kAllBuffers;
    if (cb !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = length;
    state.writecb = cb;
    state[kState] |= kWriting | kSync;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  // Measured after the write: a chunk a synchronous _write() took at once does not count.
  const belowMark = state.length < state.highWaterMark || state.length === 0;
  if (!belowMark) state[kState] |= kNeedDrain;
  return belowMark && !state.errored && (state[kState] & kDestroyed) === 0;
}

Writable.prototype.write = function write(chunk, encoding, cb) {
  return writeChunk(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function cork() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function uncork() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if ((state[kState] & kWriting) === 0) flushBuffered(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isKnownEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Starts one _write() (or _writev() of `chunk` as a list).
function startWrite(stream, state, asList, length, chunk, encoding, cb) {
  state.writelen = length;
  state.writecb = cb;
  state[kState] |= kWriting | kSync;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (asList) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function failWrite(stream, state, err, cb) {
  --state.pendingcb;
  cb(err);
  // Writes queued behind a failed one fail too.
  failBuffered(state);
  errorOrDestroy(stream, err);
}

// The callback _write() calls: state.onwrite.
function writeDone(stream, err) {
  const state = stream._writableState;
  const sync = (state[kState] & kSync) !== 0;
  const cb = state.writecb;
  if (typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state[kState] &= ~kWriting;
  state.writecb = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (err) {
    err.stack; // eslint-disable-line no-unused-expressions -- capture the stack now
    if (!state.errored) state.errored = err;
    const rState = stream._readableState;
    if (rState && !rState.errored) rState.errored = err;
    if (sync) process.nextTick(failWrite, stream, state, err, cb);
    else failWrite(stream, state, err, cb);
    return;
  }

  if (state.buffered.length > state.bufferedIndex) flushBuffered(stream, state);

  if (sync) {
    if (cb === nop) {
      // Nobody waits for this write: account for it now, unless 'drain' (or a destroy) needs
      // a tick. Object-mode streams always complete such writes on a tick, as in Node 20.
      const needTick = ((state[kState] & kNeedDrain) !== 0 && state.length === 0) ||
        (state[kState] & (kDestroyed | kObjectMode)) !== 0;
      if (needTick && (state[kState] & kAfterWritePending) === 0) {
        state[kState] |= kAfterWritePending;
        process.nextTick(afterSilentWrite, stream, state);
      } else {
        state.pendingcb--;
        if ((state[kState] & kEnding) !== 0) maybeFinish(stream, state, true);
      }
      return;
    }
    // Consecutive synchronous completions with the same callback share one tick.
    const pending = state.afterWriteTickInfo;
    if (pending !== null && pending.cb === cb) {
      pending.count++;
    } else {
      state.afterWriteTickInfo = { count: 1, cb, stream, state };
      state[kState] |= kAfterWritePending;
      process.nextTick(afterWriteTick, state.afterWriteTickInfo);
    }
  } else {
    afterWrite(stream, state, 1, cb);
  }
}

function afterSilentWrite(stream, state) {
  state[kState] &= ~kAfterWritePending;
  afterWrite(stream, state, 1, nop);
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  info.state[kState] &= ~kAfterWritePending;
  afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  if ((state[kState] & (kEnding | kNeedDrain)) === kNeedDrain && !stream.destroyed &&
      state.length === 0) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) failBuffered(state);
  // 'finish' comes on a later tick than the last write's callback.
  maybeFinish(stream, state, true);
}

// Fails every queued write and pending end() callback of a destroyed or errored stream.
function failBuffered(state) {
  if ((state[kState] & kWriting) !== 0) return;
  const buffered = state.buffered;
  const objectMode = (state[kState] & kObjectMode) !== 0;
  for (let i = state.bufferedIndex; i < buffered.length; ++i) {
    const { chunk, callback } = buffered[i];
    state.length -= objectMode ? 1 : chunkLength(chunk);
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }
  const onFinished = state[kOnFinished].splice(0);
  for (let i = 0; i < onFinished.length; i++) {
    onFinished[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }
  resetBuffer(state);
}

// Writes out what was queued while a write was in flight or the stream was corked.
function flushBuffered(stream, state) {
  if (state.corked || (state[kState] & (kBufferProcessing | kDestroyed)) !== 0 ||
      (state[kState] & kConstructed) === 0) {
    return;
  }
  const buffered = state.buffered;
  const start = state.bufferedIndex;
  const count = buffered.length - start;
  if (count === 0) return;

  state[kState] |= kBufferProcessing;
  if (count > 1 && stream._writev) {
    // All of it in one _writev(); its callback completes every queued write.
    state.pendingcb -= count - 1;
    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let i = start; i < buffered.length; ++i) buffered[i].callback(err);
    };
    const chunks = (state[kState] & kAllNoop) !== 0 && start === 0 ? buffered : buffered.slice(start);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    startWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    const objectMode = (state[kState] & kObjectMode) !== 0;
    let i = start;
    // One at a time, for as long as each write completes synchronously.
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      startWrite(stream, state, false, objectMode ? 1 : chunkLength(chunk), chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function _write(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

// --- end ------------------------------------------------------------------------------------

Writable.prototype.end = function end(chunk, encoding, cb) {
  const state = this._writableState;
  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk !== null && chunk !== undefined) {
    const result = writeChunk(this, chunk, encoding);
    if (result instanceof Error) err = result;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write already reported it.
  } else if (!state.errored && (state[kState] & kEnding) === 0) {
    // Mark ending before maybeFinish() so that writes from 'finish' listeners fail, and ended
    // only after, which is what lets finish happen on this tick when nothing is pending.
    state[kState] |= kEnding;
    maybeFinish(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) process.nextTick(cb, err);
    else if (state.errored) process.nextTick(cb, state.errored); // e.g. _final() failed just now
    else if ((state[kState] & kFinished) !== 0) process.nextTick(cb, null);
    else state[kOnFinished].push(cb);
  }
  return this;
};

function readyToFinish(state) {
  const bits = state[kState];
  return (bits & kEnding) !== 0 &&
    (bits & (kDestroyed | kFinished | kWriting | kErrorEmitted | kCloseEmitted)) === 0 &&
    (bits & kConstructed) !== 0 &&
    state.length === 0 &&
    !state.errored &&
    state.buffered.length === 0;
}

function runFinal(stream, state) {
  let called = false;

  function onFinal(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    state.pendingcb--;
    if (err) {
      const onFinished = state[kOnFinished].splice(0);
      for (let i = 0; i < onFinished.length; i++) onFinished[i](err);
      errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
    } else if (readyToFinish(state)) {
      state[kState] |= kPrefinished;
      stream.emit('prefinish');
      // 'finish' comes on a later tick, after whatever 'prefinish' started.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }

  state[kState] |= kSync;
  state.pendingcb++;
  try {
    stream._final(onFinal);
  } catch (err) {
    onFinal(err);
  }
  state[kState] &= ~kSync;
}

function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled;
    runFinal(stream, state);
  } else {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
  }
}

function maybeFinish(stream, state, sync) {
  if (!readyToFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    // Called from end(): finish on the next tick, if still nothing got in the way.
    state.pendingcb++;
    process.nextTick(finishIfStillReady, stream, state);
  } else if (readyToFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finishIfStillReady(stream, state) {
  if (readyToFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;

  const onFinished = state[kOnFinished].splice(0);
  for (let i = 0; i < onFinished.length; i++) onFinished[i](null);

  stream.emit('finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    // A duplex is destroyed only once its readable side has ended too.
    const rState = stream._readableState;
    if (!rState || (rState.autoDestroy && (rState.endEmitted || rState.readable === false))) {
      stream.destroy();
    }
  }
}

// --- accessors ------------------------------------------------------------------------------

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kClosed) !== 0 : false; },
  },
  destroyed: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kDestroyed) !== 0 : false; },
    set(value) {
      if (this._writableState) this._writableState.destroyed = value;
    },
  },
  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      return !!w && w.writable !== false && !w.errored &&
        (w[kState] & (kDestroyed | kEnding | kEnded)) === 0;
    },
    set(value) {
      if (this._writableState) this._writableState.writable = !!value;
    },
  },
  writableFinished: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kFinished) !== 0 : false; },
  },
  writableObjectMode: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kObjectMode) !== 0 : false; },
  },
  writableBuffer: {
    __proto__: null,
    get() { return this._writableState && this._writableState.getBuffer(); },
  },
  writableEnded: {
    __proto__: null,
    get() { return this._writableState ? (this._writableState[kState] & kEnding) !== 0 : false; },
  },
  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      if (!w) return false;
      return (w[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain;
    },
  },
  writableHighWaterMark: {
    __proto__: null,
    get() { return this._writableState && this._writableState.highWaterMark; },
  },
  writableCorked: {
    __proto__: null,
    get() { return this._writableState ? this._writableState.corked : 0; },
  },
  writableLength: {
    __proto__: null,
    get() { return this._writableState && this._writableState.length; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._writableState ? this._writableState.errored : null; },
  },
  writableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const w = this._writableState;
      return !!(w.writable !== false && ((w[kState] & kDestroyed) !== 0 || w.errored) &&
                (w[kState] & kFinished) === 0);
    },
  },
});

Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Queued writes and end() callbacks fail once the destroy has been recorded.
  if ((state[kState] & kDestroyed) === 0 &&
      (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(failBuffered, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};
Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};
if (typeof Symbol.asyncDispose === 'symbol') {
  Writable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new (require('internal/errors').AbortError)();
      this.destroy(error);
    }
    const eos = require('internal/streams/end-of-stream');
    return new Promise((resolve, reject) => {
      eos(this, (err) => (err && err.name !== 'AbortError' ? reject(err) : resolve(null)));
    });
  };
}

// Conversions to and from web streams live with the web streams.
let webStreamAdapters;
function lazyWebStreams() {
  webStreamAdapters ??= require('internal/webstreams/adapters');
  return webStreamAdapters;
}

Writable.fromWeb = function(writableStream, options) {
  return lazyWebStreams().newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return lazyWebStreams().newWritableStreamFromStreamWritable(streamWritable);
};

module.exports = Writable;
