'use strict';
// Readable streams.
//
// A Readable holds a queue of chunks (see internal/streams/readable-state) that _read() fills
// through push() and consumers drain through read(), 'data' events (flowing mode) or
// 'readable' events (paused mode). Most of the work is deciding when to call _read() again and
// on which tick to emit what: user code and other runtimes' libraries depend on that order, so
// the scheduling below follows Node 20's event order exactly.

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const {
  construct,
  destroy,
  destroyer,
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
  kClosed,
  kCloseEmitted,
  kErrorEmitted,
  kAutoDestroy,
  kEnded,
} = require('internal/streams/state');
const {
  ReadableState,
  kEndEmitted,
  kReading,
  kNeedReadable,
  kEmittedReadable,
  kReadableListening,
  kResumeScheduled,
  kMultiAwaitDrain,
  kReadingMore,
  kDataEmitted,
  kFlowingSet,
  kFlowing,
  kPausedSet,
  kPaused,
  kEndScheduled,
  kFlowingBits,
  kPausedBits,
  queuePush,
  queueUnshift,
  queueClear,
  queueCompact,
  fromList,
} = require('internal/streams/readable-state');
const { pipe, unpipe } = require('internal/streams/readable-pipe');
const { iterate } = require('internal/streams/readable-iterator');
const { chunkLength } = require('internal/util');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

// read(n) grows the high-water mark up to this much to satisfy large requests.
const kMaxHighWaterMark = 0x40000000;

let BufferClass;
let StringDecoder;
let Duplex;
let fromIterable;
let eos;

function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

// --- construction ---------------------------------------------------------------------------

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Listener slots for the usual events, so that adding them does not reshape `_events`.
  // As node's: a plain object (so, like node's, it inherits Object.prototype), which V8 makes
  // at allocation speed; inspect() shows it as node does.
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  Duplex ??= require('internal/streams/duplex');
  const isDuplex = this instanceof Duplex;
  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }

  Stream.call(this, options);

  construct(this);
}
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

// Once _construct() succeeded: start any read that was requested while it ran.
ReadableState.prototype[kOnConstructed] = function(stream) {
  if ((this[kState] & kNeedReadable) !== 0) scheduleReadMore(stream, this);
};

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroy;
Readable.prototype._undestroy = undestroy;
Readable.prototype._destroy = function _destroy(err, cb) {
  cb(err);
};
Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};
if (typeof Symbol.asyncDispose === 'symbol') {
  Readable.prototype[Symbol.asyncDispose] = function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new (require('internal/errors').AbortError)();
      this.destroy(error);
    }
    eos ??= require('internal/streams/end-of-stream');
    return new Promise((resolve, reject) => {
      eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
    });
  };
}

// --- push and unshift -----------------------------------------------------------------------

function canPushMore(state) {
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function invalidChunkError(chunk) {
  return new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
}

// Byte-mode chunks become Buffers; `undefined` means "empty". Returns `invalidChunk` for
// anything else.
const invalidChunk = Symbol('invalidChunk');
function bytesOf(chunk) {
  const Buffer = BufferClass ?? lazyBuffer();
  if (chunk instanceof Buffer) return chunk;
  if (ArrayBuffer.isView(chunk)) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  if (chunk === undefined) return undefined;
  return invalidChunk;
}

Readable.prototype.push = function push(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state[kState] &= ~kReading;
    endOfChunks(this, state);
    return false;
  }
  const bits = state[kState];
  let useDecoder;
  if ((bits & kObjectMode) !== 0) {
    useDecoder = !encoding;
  } else {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      // Strings already in the stream's encoding are queued as they are.
      if (state.encoding !== encoding) chunk = (BufferClass ?? lazyBuffer()).from(chunk, encoding);
    } else {
      chunk = bytesOf(chunk);
      if (chunk === invalidChunk) {
        errorOrDestroy(this, invalidChunkError(arguments[0]));
        return false;
      }
    }
    if (!chunk || chunkLength(chunk) <= 0) {
      state[kState] &= ~kReading;
      scheduleReadMore(this, state);
      return canPushMore(state);
    }
    useDecoder = typeof chunk !== 'string';
  }
  if ((bits & kEnded) !== 0) {
    errorOrDestroy(this, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if ((bits & kDestroyed) !== 0 || state.errored) return false;
  state[kState] &= ~kReading;
  if (useDecoder && state.decoder !== null) {
    chunk = state.decoder.write(chunk);
    if ((bits & kObjectMode) === 0 && chunk.length === 0) {
      scheduleReadMore(this, state);
      return canPushMore(state);
    }
  }
  addChunk(this, state, chunk, false);
  return canPushMore(state);
};

Readable.prototype.unshift = function unshift(chunk, encoding) {
  const state = this._readableState;
  if (chunk === null) {
    state[kState] &= ~kReading;
    endOfChunks(this, state);
    return false;
  }
  if ((state[kState] & kObjectMode) === 0) {
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        const bytes = (BufferClass ?? lazyBuffer()).from(chunk, encoding);
        // Put back in the form read() hands out.
        chunk = state.encoding ? bytes.toString(state.encoding) : bytes;
      }
    } else {
      chunk = bytesOf(chunk);
      if (chunk === invalidChunk) {
        errorOrDestroy(this, invalidChunkError(arguments[0]));
        return false;
      }
    }
    if (!chunk || chunk.length <= 0) return canPushMore(state);
  }
  if ((state[kState] & kEndEmitted) !== 0) {
    errorOrDestroy(this, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
    return false;
  }
  if ((state[kState] & kDestroyed) !== 0 || state.errored) return false;
  addChunk(this, state, chunk, true);
  return canPushMore(state);
};

// listenerCount('data') > 0, read straight from `_events` (whose layout EventEmitter keeps as
// Node's): this runs for every chunk of a flowing stream.
function hasDataListeners(stream) {
  const events = stream._events;
  if (events === undefined) return false;
  const listeners = events.data;
  return listeners !== undefined && (typeof listeners === 'function' || listeners.length > 0);
}

function addChunk(stream, state, chunk, toFront) {
  const bits = state[kState];
  // A flowing stream with nothing queued hands the chunk straight to its 'data' listeners,
  // unless we are inside _read() (then the read() that called it will return it).
  if ((bits & (kFlowing | kSync)) === kFlowing && state.length === 0 && hasDataListeners(stream)) {
    if ((bits & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (bits & kObjectMode) !== 0 ? 1 : chunkLength(chunk);
    if (toFront) queueUnshift(state, chunk);
    else queuePush(state, chunk);
    if ((bits & kNeedReadable) !== 0) scheduleReadable(stream);
  }
  scheduleReadMore(stream, state);
}

// push(null): no more data. What the decoder still holds is queued first.
function endOfChunks(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if (state.decoder !== null) {
    const rest = state.decoder.end();
    if (rest && rest.length) {
      queuePush(state, rest);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : rest.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // Inside _read(): let read() return first, announce the end afterwards.
    scheduleReadable(stream);
  } else {
    state[kState] = (state[kState] & ~kNeedReadable) | kEmittedReadable;
    emitReadableNow(stream);
  }
}

// --- 'readable' -----------------------------------------------------------------------------

function scheduleReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadableNow, stream);
  }
}

function emitReadableNow(stream) {
  const state = stream._readableState;
  if ((state[kState] & kDestroyed) === 0 && !state.errored &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // Ask for another 'readable' unless the stream flows, ended, or is over its mark. (A request
  // already standing is left as it is, as in Node 20.20.)
  if ((state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  }
  flow(stream);
}

// --- reading ahead --------------------------------------------------------------------------
// After a push, keep calling _read() (through read(0)) on a later tick until the queue reaches
// the high-water mark, so that a source that pushes once per _read() call fills up.

function scheduleReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(readMoreNow, stream, state);
  }
}

function readMoreNow(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const before = state.length;
    stream.read(0);
    // _read() pushed nothing synchronously: it will push later, stop asking.
    if (before === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype.isPaused = function isPaused() {
  const bits = this._readableState[kState];
  return (bits & kPausedBits) === kPausedBits || (bits & kFlowingBits) === kFlowingSet;
};

Readable.prototype.setEncoding = function setEncoding(encoding) {
  StringDecoder ??= require('string_decoder').StringDecoder;
  const decoder = new StringDecoder(encoding);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is queued already is decoded now, as one string.
  let text = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) text += decoder.write(state.buffer[i]);
  queueClear(state);
  if (text !== '') queuePush(state, text);
  state.length = text.length;
  return this;
};

// The smallest power of two at least `n`, for read(n) beyond the high-water mark.
function grownHighWaterMark(n) {
  if (n > kMaxHighWaterMark) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  let size = 1;
  while (size < n) size *= 2;
  return size;
}

// How many units read(n) can hand out now: 0 means "nothing yet".
function readableAmount(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    // read() with no size: one chunk at a time when flowing, everything otherwise.
    if ((state[kState] & kFlowing) !== 0 && state.length) return chunkLength(state.buffer[state.bufferIndex]);
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function read(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const requested = n;

  if (n > state.highWaterMark) state.highWaterMark = grownHighWaterMark(n);
  if (n !== 0) state[kState] &= ~kEmittedReadable;

  // read(0) with enough queued (or at the end) only triggers 'readable' or 'end'.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) scheduleEnd(this);
    else scheduleReadable(this);
    return null;
  }

  n = readableAmount(n, state);
  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) scheduleEnd(this);
    return null;
  }

  // Call _read() when the queue would drop below the mark; never while a read is pending,
  // after the end, or before _construct() finished.
  let callRead = (state[kState] & kNeedReadable) !== 0 ||
    state.length === 0 || state.length - n < state.highWaterMark;
  if ((state[kState] & (kEnded | kReading | kDestroyed)) !== 0 || state.errored ||
      (state[kState] & kConstructed) === 0) {
    callRead = false;
  }
  if (callRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    // _read() may have pushed synchronously: recompute what can be returned.
    if ((state[kState] & kReading) === 0) n = readableAmount(requested, state);
  }

  let chunk = n > 0 ? fromList(n, state) : null;
  if (chunk === null) {
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    else state[kState] &= ~kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    // Nothing left: the next push should trigger 'readable'.
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    // read() with no size after the end: the end is reached now.
    if (requested !== n && (state[kState] & kEnded) !== 0) scheduleEnd(this);
  }

  if (chunk !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', chunk);
  }
  return chunk;
};

Readable.prototype._read = function _read(size) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// --- the end --------------------------------------------------------------------------------

function scheduleEnd(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kEndEmitted | kEndScheduled)) === 0) {
    state[kState] |= kEnded | kEndScheduled;
    process.nextTick(emitEndNow, state, stream);
  } else {
    state[kState] |= kEnded;
  }
}

function emitEndNow(state, stream) {
  state[kState] &= ~kEndScheduled;
  if (state.errored || (state[kState] & (kCloseEmitted | kEndEmitted)) !== 0 || state.length !== 0) {
    return;
  }
  state[kState] |= kEndEmitted;
  stream.emit('end');

  if (stream.writable && stream.allowHalfOpen === false) {
    process.nextTick(endWritableSide, stream);
  } else if ((state[kState] & kAutoDestroy) !== 0) {
    // A duplex is destroyed only once its writable side is done too.
    const wState = stream._writableState;
    if (!wState || (wState.autoDestroy && (wState.finished || wState.writable === false))) {
      stream.destroy();
    }
  }
}

function endWritableSide(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// --- flowing mode ---------------------------------------------------------------------------

Readable.prototype.on = function on(event, listener) {
  const result = Stream.prototype.on.call(this, event, listener);
  const state = this._readableState;
  if (event === 'data') {
    // A 'readable' listener keeps the stream in paused mode even with 'data' listeners. (Only
    // ever set here, never cleared: a 'readable' listener just removed still counts until the
    // removal's tick, as in Node 20.20.)
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    if ((state[kState] & kFlowingBits) !== kFlowingSet) this.resume();
  } else if (event === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] = ((state[kState] | kReadableListening | kNeedReadable | kFlowingSet) &
                       ~(kFlowing | kEmittedReadable));
      if (state.length) scheduleReadable(this);
      else if ((state[kState] & kReading) === 0) process.nextTick(readZero, this);
    }
  }
  return result;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function removeListener(event, listener) {
  const result = Stream.prototype.removeListener.call(this, event, listener);
  if (event === 'readable') {
    // After the current emit has finished: the listener may be removing itself.
    process.nextTick(recheckReadableListening, this);
  }
  return result;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function removeAllListeners(event) {
  const result = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (event === 'readable' || event === undefined) {
    process.nextTick(recheckReadableListening, this);
  }
  return result;
};

function recheckReadableListening(stream) {
  const state = stream._readableState;
  if (stream.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;

  if ((state[kState] & kResumeScheduled) !== 0 && (state[kState] & kPausedBits) === kPausedSet) {
    // resume() was called while a 'readable' listener held the stream: it flows now.
    state[kState] |= kFlowingBits;
  } else if (stream.listenerCount('data') > 0) {
    stream.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state[kState] &= ~kFlowingBits;
  }
}

function readZero(stream) {
  stream.read(0);
}

Readable.prototype.resume = function resume() {
  const state = this._readableState;
  if ((state[kState] & kFlowing) === 0) {
    // With a 'readable' listener, resume() only records the wish (flowing = false).
    if ((state[kState] & kReadableListening) !== 0) {
      state[kState] = (state[kState] | kFlowingSet) & ~kFlowing;
    } else {
      state[kState] |= kFlowingBits;
    }
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      process.nextTick(resumeNow, this, state);
    }
  }
  state[kState] = (state[kState] | kPausedSet) & ~kPaused;
  return this;
};

function resumeNow(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state[kState] & kFlowing) !== 0 && (state[kState] & kReading) === 0) stream.read(0);
}

Readable.prototype.pause = function pause() {
  const state = this._readableState;
  if ((state[kState] & kFlowingBits) !== kFlowingSet) {
    state[kState] = (state[kState] | kFlowingSet) & ~kFlowing;
    this.emit('pause');
  }
  state[kState] |= kPausedBits;
  return this;
};

// Hands out queued chunks as 'data' for as long as the stream keeps flowing.
function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// --- pipe ---------------------------------------------------------------------------------

Readable.prototype.pipe = pipe;
Readable.prototype.unpipe = unpipe;

// --- old-style streams ----------------------------------------------------------------------

// Makes this Readable read from an old-style stream (one that only emits 'data' and 'end').
Readable.prototype.wrap = function wrap(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Forward the old stream's methods that we lack (the first own key is skipped, as Node does).
  const keys = Object.keys(stream);
  for (let i = 1; i < keys.length; i++) {
    const key = keys[i];
    if (this[key] === undefined && typeof stream[key] === 'function') this[key] = stream[key].bind(stream);
  }
  return this;
};

// --- async iteration ------------------------------------------------------------------------

Readable.prototype[Symbol.asyncIterator] = function() {
  return iterate(this);
};

Readable.prototype.iterator = function iterator(options) {
  if (options !== undefined) validateObject(options, 'options');
  return iterate(this, options);
};

// --- accessors ------------------------------------------------------------------------------

Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      return !!r && r.readable !== false &&
        (r[kState] & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
    },
    set(value) {
      if (this._readableState) this._readableState.readable = !!value;
    },
  },
  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() { return (this._readableState[kState] & kDataEmitted) !== 0; },
  },
  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      const r = this._readableState;
      return !!(r.readable !== false && ((r[kState] & kDestroyed) !== 0 || r.errored) &&
                (r[kState] & kEndEmitted) === 0);
    },
  },
  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.highWaterMark; },
  },
  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() {
      const state = this._readableState;
      if (!state) return state;
      queueCompact(state);
      return state.buffer;
    },
  },
  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.flowing; },
    set(value) {
      if (this._readableState) this._readableState.flowing = value;
    },
  },
  readableLength: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState.length; },
  },
  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? (this._readableState[kState] & kObjectMode) !== 0 : false; },
  },
  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.encoding : null; },
  },
  errored: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? this._readableState.errored : null; },
  },
  closed: {
    __proto__: null,
    get() { return this._readableState ? (this._readableState[kState] & kClosed) !== 0 : false; },
  },
  destroyed: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? (this._readableState[kState] & kDestroyed) !== 0 : false; },
    set(value) {
      if (this._readableState) this._readableState.destroyed = value;
    },
  },
  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() { return this._readableState ? (this._readableState[kState] & kEndEmitted) !== 0 : false; },
  },
});

// --- static helpers -------------------------------------------------------------------------

// Exposed for tests that check how read(n) carves up the queue.
Readable._fromList = fromList;

Readable.from = function(iterable, options) {
  fromIterable ??= require('internal/streams/from');
  return fromIterable(Readable, iterable, options);
};

// Conversions to and from web streams live with the web streams.
let webStreamAdapters;
function lazyWebStreams() {
  webStreamAdapters ??= require('internal/webstreams/adapters');
  return webStreamAdapters;
}

Readable.fromWeb = function(readableStream, options) {
  return lazyWebStreams().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebStreams().newReadableStreamFromStreamReadable(streamReadable, options);
};

// A Readable over an old-style stream, destroying the old stream along with it.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

module.exports = Readable;
