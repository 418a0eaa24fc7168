'use strict';
// The JS half of stream handles (src/stream_wrap.h): turning reads into Buffers pushed into
// a Readable, dispatching writes, and the idle-timeout bookkeeping net.Socket, tty and the
// stdio streams share.
//
// A stream that uses a handle sets handle[kOwner] = stream and handle.onread = onStreamRead,
// and provides stream[kUpdateTimer]() (activity seen) and stream[kBytesRead] /
// stream[kBytesDispatched] counters.

const {
  streamBaseState,
  kReadBytesOrError,
  kArrayBufferOffset,
  kBytesWritten,
  kLastWriteWasAsync,
} = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { FastBuffer, encodingIdOf } = require('internal/buffer');
const { ErrnoException } = require('internal/errors');
const { kWritableIdle } = require('internal/streams/state');
const { deliverDirect, canDeliverDirect } = require('internal/streams/readable-state');
const { normalizeEncoding } = require('internal/util');

const kOwner = Symbol('owner');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kBytesRead = Symbol('kBytesRead');
const kBytesDispatched = Symbol('kBytesDispatched');
// stream[kDataSink]: a 'data' listener that may take chunks straight from the handle while it
// is the only one and the stream flows with nothing queued (see deliverDirect); the http server
// sets its parser's feed here.
const kDataSink = Symbol('kDataSink');
// stream[kConsumerArmed]: undefined, or (when a C++ consumer took the handle's reads, as the
// http server's parser does) whether the handle hands reads to it now. A read the sink took
// through JS arms it; anything that needs the reads to pass through the Readable again
// (pause, another 'data' or 'readable' listener, unshift) disarms it.
const kConsumerArmed = Symbol('kConsumerArmed');

function disarmConsumer(stream) {
  if (stream[kConsumerArmed] !== true) return;
  stream[kConsumerArmed] = false;
  stream._handle?.armConsumer(false);
}

function encodingId(encoding) {
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding == null || encoding === 'buffer') return 0;
  return encodingIdOf(normalizeEncoding(encoding)) ?? 0;
}

// After the binding took a write: `result` is 0 (all written now), a negative errno, or the
// WriteWrap of a write that completes later. The callback runs now in the first two cases,
// like node's, so a Writable sees a synchronous write. Returns whether it went async.
function afterDispatch(stream, handle, result, callback) {
  if (typeof result === 'number' && result !== 0) {
    callback(new ErrnoException(result, 'write'));
    return false;
  }
  stream[kBytesDispatched] += streamBaseState[kBytesWritten];
  if (result === 0) {
    callback(null);
    return false;
  }
  result.owner = stream;
  result.handle = handle;
  result.callback = callback;
  result.bytes = streamBaseState[kBytesWritten];
  result.oncomplete = onWriteComplete;
  return true;
}

function writeGeneric(stream, handle, data, encoding, callback) {
  const result = typeof data === 'string' ?
    handle.writeString(data, encodingId(encoding)) :
    handle.writeBuffer(data);
  return afterDispatch(stream, handle, result, callback);
}

// Encodings a direct write takes (others go through write(), which validates them).
const directEncodings = new Set([undefined, null, 'utf8', 'utf-8', 'latin1', 'binary', 'ascii']);
let streamWrite;
const kLatin1Id = encodingIdOf('latin1');

function withArg(callback, arg) {
  return arg === undefined || typeof callback !== 'function' ? callback : () => callback(arg);
}

// Whether writeNow() can hand `data` straight to the stream's handle now: a stream handle, no
// write() of the stream's own replaced, and nothing queued, corked, in flight or ending.
function canWriteNow(stream, data, encoding) {
  const handle = stream._handle;
  streamWrite ??= require('stream').Duplex.prototype.write;
  return handle != null && !stream.connecting && stream.write === streamWrite &&
    typeof handle.tryWrite === 'function' && stream._writableState[kWritableIdle]() &&
    (typeof data === 'string' ? directEncodings.has(encoding) : data instanceof Uint8Array);
}

// stream.write(data, encoding, callback) for when canWriteNow() said yes: the bytes the kernel
// takes now go straight from the handle (no Writable bookkeeping, no write request); only what
// it does not take goes through write(). The callback runs on the next tick, as for any write
// that completed at once. `head`, if given, is latin1 text that goes out in front of the data
// (in the same system call). `callbackArg`, if given, is what the callback gets instead of an
// error (so a caller needs no closure per write); an error then goes unreported to it, as the
// write is retried through write(). Returns what write() would.
function writeNow(stream, data, encoding, callback, head, callbackArg) {
  const handle = stream._handle;
  const id = typeof data === 'string' ? encodingId(encoding) : 0;
  const result = head === undefined ?
    handle.tryWrite(data, id) :
    handle.tryWrite(head, kLatin1Id, data, id);
  if (typeof result !== 'object') {
    if (result !== 0) {
      // undefined (the handle is closing) or an error: write() reports it the usual way.
      if (head !== undefined) stream.write(head, 'latin1');
      return stream.write(data, encoding, withArg(callback, callbackArg));
    }
    stream[kBytesDispatched] += streamBaseState[kBytesWritten];
    stream[kUpdateTimer]();
    if (typeof callback === 'function') process.nextTick(callback, callbackArg === undefined ? null : callbackArg);
    return true;
  }
  const sent = streamBaseState[kBytesWritten];
  if (sent > 0) {
    stream[kBytesDispatched] += sent;
    stream[kUpdateTimer]();
  }
  return stream.write(new FastBuffer(result), withArg(callback, callbackArg));
}

// `chunks` as Writable hands them to _writev: [{ chunk, encoding }] with `allBuffers` set
// when no chunk is a string.
function writevGeneric(stream, handle, chunks, callback) {
  let list;
  if (chunks.allBuffers) {
    list = new Array(chunks.length);
    for (let i = 0; i < chunks.length; i++) list[i] = chunks[i].chunk;
  } else {
    list = new Array(chunks.length * 2);
    for (let i = 0; i < chunks.length; i++) {
      const { chunk, encoding } = chunks[i];
      list[i * 2] = chunk;
      list[i * 2 + 1] = typeof chunk === 'string' ? encodingId(encoding) : 0;
    }
  }
  const result = handle.writev(list, chunks.allBuffers === true);
  return afterDispatch(stream, handle, result, callback);
}

function onWriteComplete(status) {
  const stream = this.owner;
  const callback = this.callback;
  if (stream.destroyed) {
    callback(null);
    return;
  }
  if (status < 0) {
    callback(new ErrnoException(status, 'write'));
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]?.();
  callback(null);
}

// handle.onread: `this` is the handle.
function onStreamRead(arrayBuffer) {
  const nread = streamBaseState[kReadBytesOrError];
  const stream = this[kOwner];
  if (stream.destroyed) return;
  if (nread > 0) {
    stream[kBytesRead] += nread;
    const buffer = new FastBuffer(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
    const sink = stream[kDataSink];
    if (sink != null && deliverDirect(stream, buffer, sink)) {
      // The activity counts after the sink has seen the chunk: an http server disarms the
      // idle timer when a request's head arrives, and then there is nothing to re-arm.
      stream[kUpdateTimer]();
      // The sink may have paused the stream, or more may have come to listen, meanwhile.
      if (stream[kConsumerArmed] === false && canDeliverDirect(stream, sink)) {
        stream[kConsumerArmed] = true;
        this.armConsumer(true);
      }
      return;
    }
    stream[kUpdateTimer]();
    if (!stream.push(buffer)) {
      // Backpressure: stop reading until _read() asks again.
      this.reading = false;
      const err = this.readStop();
      if (err) stream.destroy(new ErrnoException(err, 'read'));
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }
  // End of data. read(0) lets a paused stream with nothing buffered emit 'end'.
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

// Starts reading if the handle is not; a failure destroys the stream.
function tryReadStart(stream) {
  const handle = stream._handle;
  handle.reading = true;
  const err = handle.readStart();
  if (err) stream.destroy(new ErrnoException(err, 'read'));
}

module.exports = {
  kOwner,
  kUpdateTimer,
  kAfterAsyncWrite,
  kBytesRead,
  kBytesDispatched,
  kDataSink,
  kConsumerArmed,
  disarmConsumer,
  writeGeneric,
  writevGeneric,
  canWriteNow,
  writeNow,
  onStreamRead,
  tryReadStart,
  streamBaseState,
  kLastWriteWasAsync,
};
