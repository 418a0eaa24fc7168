'use strict';
// ReadableState: the bookkeeping of a Readable, and the queue of chunks it holds.
//
// The booleans live in one integer (`state[kState]`): the bits both sides share come from
// internal/streams/state, the readable-only ones are numbered here. The stream code tests bits;
// named accessors (`state.flowing`, `state.ended`, …) serve everybody else. The queue is an
// array consumed from `bufferIndex` on, so taking the first chunk moves nothing.

const {
  kState,
  kObjectMode,
  kConstructed,
  kSync,
  kDestroyed,
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
  defineTriStateAccessor,
} = require('internal/streams/state');
const { codes: { ERR_UNKNOWN_ENCODING } } = require('internal/errors');
const { normalizeEncoding, chunkLength } = require('internal/util');

const kEndEmitted = 1 << kFirstSideBit;
const kReading = 1 << (kFirstSideBit + 1);
const kNeedReadable = 1 << (kFirstSideBit + 2);
const kEmittedReadable = 1 << (kFirstSideBit + 3);
const kReadableListening = 1 << (kFirstSideBit + 4);
const kResumeScheduled = 1 << (kFirstSideBit + 5);
const kMultiAwaitDrain = 1 << (kFirstSideBit + 6);
const kReadingMore = 1 << (kFirstSideBit + 7);
const kDataEmitted = 1 << (kFirstSideBit + 8);
// `flowing` is null (not decided yet), true or false; `paused` likewise.
const kFlowingSet = 1 << (kFirstSideBit + 9);
const kFlowing = 1 << (kFirstSideBit + 10);
const kPausedSet = 1 << (kFirstSideBit + 11);
const kPaused = 1 << (kFirstSideBit + 12);
// An 'end' check is queued for the next tick (one is enough however often the end is reached).
const kEndScheduled = 1 << (kFirstSideBit + 13);

const kFlowingBits = kFlowingSet | kFlowing;
const kPausedBits = kPausedSet | kPaused;


let BufferClass;
let StringDecoder;
let Duplex;

function lazyBuffer() {
  BufferClass ??= require('buffer').Buffer;
  return BufferClass;
}

function isKnownEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
}

function ReadableState(options, stream, isDuplex) {
  // A duplex takes its side-specific options too (readableObjectMode, readableHighWaterMark).
  if (typeof isDuplex !== 'boolean') {
    Duplex ??= require('internal/streams/duplex');
    isDuplex = stream instanceof Duplex;
  }
  let bits = kConstructed | kSync | kEmitClose | kAutoDestroy;
  if (options && (options.objectMode || (isDuplex && options.readableObjectMode))) {
    bits |= kObjectMode;
  }
  if (options && options.emitClose === false) bits &= ~kEmitClose;
  if (options && options.autoDestroy === false) bits &= ~kAutoDestroy;
  this[kState] = bits;

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  // The destination(s) whose 'drain' a pipe waits for: one stream, or a Set once several
  // destinations are piped.
  this.awaitDrainWriters = null;
  this.errored = null;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (isKnownEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    StringDecoder ??= require('string_decoder').StringDecoder;
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

defineFlagAccessors(ReadableState.prototype, {
  objectMode: kObjectMode,
  ended: kEnded,
  endEmitted: kEndEmitted,
  reading: kReading,
  constructed: kConstructed,
  sync: kSync,
  needReadable: kNeedReadable,
  emittedReadable: kEmittedReadable,
  readableListening: kReadableListening,
  resumeScheduled: kResumeScheduled,
  errorEmitted: kErrorEmitted,
  emitClose: kEmitClose,
  autoDestroy: kAutoDestroy,
  destroyed: kDestroyed,
  closed: kClosed,
  closeEmitted: kCloseEmitted,
  multiAwaitDrain: kMultiAwaitDrain,
  readingMore: kReadingMore,
  dataEmitted: kDataEmitted,
});
defineTriStateAccessor(ReadableState.prototype, 'flowing', kFlowingSet, kFlowing, null);
defineTriStateAccessor(ReadableState.prototype, 'paused', kPausedSet, kPaused, false);

Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return this.pipes.length; },
});

// --- the queue ------------------------------------------------------------------------------
// An array consumed from `bufferIndex` on: taking the first chunk does not move the others.

function queuePush(state, chunk) {
  state.buffer.push(chunk);
}

function queueUnshift(state, chunk) {
  if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
  else state.buffer.unshift(chunk);
}

function queueShift(state) {
  const buffer = state.buffer;
  const index = state.bufferIndex;
  const chunk = buffer[index];
  if (index + 1 === buffer.length) {
    buffer.length = 0;
    state.bufferIndex = 0;
  } else {
    buffer[index] = null;
    state.bufferIndex = index + 1;
    // Drop the consumed prefix now and then so a long-lived queue does not grow forever.
    if (index > 1024 && index * 2 > buffer.length) {
      buffer.splice(0, index + 1);
      state.bufferIndex = 0;
    }
  }
  return chunk;
}

function queueClear(state) {
  state.buffer.length = 0;
  state.bufferIndex = 0;
}

function queueCompact(state) {
  if (state.bufferIndex > 0) {
    state.buffer.splice(0, state.bufferIndex);
    state.bufferIndex = 0;
  }
}

// Everything queued, as one chunk. With a decoder the queue holds strings.
function queueTakeAll(state) {
  const buffer = state.buffer;
  const start = state.bufferIndex;
  let result;
  if (state.decoder !== null) {
    result = '';
    for (let i = start; i < buffer.length; i++) result += buffer[i];
  } else if (buffer.length - start === 1) {
    result = buffer[start];
  } else {
    const Buffer = BufferClass ?? lazyBuffer();
    result = Buffer.allocUnsafe(state.length);
    let offset = 0;
    for (let i = start; i < buffer.length; i++) {
      const chunk = buffer[i];
      result.set(chunk, offset);
      offset += chunkLength(chunk);
    }
  }
  queueClear(state);
  return result;
}

// The first `n` bytes (or characters) of the queue, `n` being less than its length.
function queueTake(state, n) {
  const buffer = state.buffer;
  const first = buffer[state.bufferIndex];
  const firstLength = chunkLength(first);
  if (n < firstLength) {
    buffer[state.bufferIndex] = sliceChunk(first, n, firstLength);
    return sliceChunk(first, 0, n);
  }
  if (n === firstLength) return queueShift(state);
  if (typeof first === 'string') {
    let result = '';
    while (n > 0) {
      const chunk = buffer[state.bufferIndex];
      if (n < chunk.length) {
        result += chunk.slice(0, n);
        buffer[state.bufferIndex] = chunk.slice(n);
        break;
      }
      result += chunk;
      n -= chunk.length;
      queueShift(state);
    }
    return result;
  }
  const Buffer = BufferClass ?? lazyBuffer();
  const result = Buffer.allocUnsafe(n);
  let offset = 0;
  while (offset < n) {
    const chunk = buffer[state.bufferIndex];
    const wanted = n - offset;
    if (wanted < chunk.length) {
      result.set(chunk.subarray(0, wanted), offset);
      buffer[state.bufferIndex] = chunk.subarray(wanted);
      break;
    }
    result.set(chunk, offset);
    offset += chunk.length;
    queueShift(state);
  }
  return result;
}

function sliceChunk(chunk, start, end) {
  return typeof chunk === 'string' ? chunk.slice(start, end) : chunk.subarray(start, end);
}

// Takes `n` units off the queue for read(); null when the queue is empty.
function fromList(n, state) {
  if (state.length === 0) return null;
  if ((state[kState] & kObjectMode) !== 0) return queueShift(state);
  if (!n || n >= state.length) return queueTakeAll(state);
  return queueTake(state, n);
}

let defaultEmit;

// For a byte source's read callback: when the stream flows, holds nothing, decodes nothing and
// its one 'data' listener is `sink`, the chunk goes to `sink` at once, as push() would end up
// handing it over, minus push()'s bookkeeping and the tick it queues to read ahead (a handle
// reads on by itself). False means the chunk must go through push().
function deliverDirect(stream, chunk, sink) {
  if (!canDeliverDirect(stream, sink)) return false;
  const state = stream._readableState;
  state[kState] = (state[kState] & ~kReading) | kDataEmitted;
  sink.call(stream, chunk);
  return true;
}

// Whether deliverDirect would hand a chunk to `sink` now.
function canDeliverDirect(stream, sink) {
  const state = stream._readableState;
  if ((state[kState] & (kFlowing | kSync | kEnded | kDestroyed | kObjectMode)) !== kFlowing ||
      state.length !== 0 || state.errored || state.decoder !== null) {
    return false;
  }
  const events = stream._events;
  defaultEmit ??= require('events').prototype.emit;
  return events !== undefined && events.data === sink && stream.emit === defaultEmit;
}

module.exports = {
  deliverDirect,
  canDeliverDirect,
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
};
