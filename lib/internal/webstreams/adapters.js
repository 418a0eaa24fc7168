'use strict';
// Conversions between node streams and web streams, behind Readable.toWeb/fromWeb,
// Writable.toWeb/fromWeb and Duplex.toWeb/fromWeb. Each side keeps its own buffering; errors
// and ends travel both ways, and a node stream closed early surfaces as an AbortError.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_STREAM_PREMATURE_CLOSE,
  },
} = require('internal/errors');
const { validateBoolean, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  isDestroyed,
  isReadable,
  isWritable,
  isWritableEnded,
} = require('internal/streams/utils');
const { Deferred, noop, promiseAll, promiseResolve, whenSettled } = require('internal/webstreams/util');
const { ReadableStream, isReadableStream } = require('internal/webstreams/readablestream');
const { WritableStream, isWritableStream } = require('internal/webstreams/writablestream');
const { CountQueuingStrategy } = require('internal/webstreams/queuingstrategies');

let streamModules;
function lazyStreams() {
  streamModules ??= {
    Buffer: require('buffer').Buffer,
    Duplex: require('internal/streams/duplex'),
    Readable: require('internal/streams/readable'),
    Writable: require('internal/streams/writable'),
    destroyer: require('internal/streams/destroy').destroyer,
    eos: require('internal/streams/end-of-stream'),
  };
  return streamModules;
}

// A node stream that ends without finishing its work reports ERR_STREAM_PREMATURE_CLOSE;
// the web side sees an AbortError caused by it.
function webError(error) {
  if (error?.code === 'ERR_STREAM_PREMATURE_CLOSE') return new AbortError(undefined, { cause: error });
  return error;
}

// Runs `onDone(error)` once when the node stream finishes, errors or closes. Legacy streams
// may emit 'error' again afterwards; those are ignored.
function watchNodeStream(stream, onDone) {
  const { eos } = lazyStreams();
  const stopWatching = eos(stream, (error) => {
    stopWatching();
    stream.on('error', noop);
    onDone(webError(error));
  });
}

// Calls a node stream callback; a throwing callback must not be swallowed by a promise.
function callNodeCallback(callback, error, onThrow) {
  try {
    callback(error);
  } catch (thrown) {
    onThrow(thrown);
  }
}

function rethrowOnNextTick(error) {
  process.nextTick(() => { throw error; });
}

function closedWritableStream() {
  const writable = new WritableStream();
  writable.close();
  return writable;
}

function cancelledReadableStream() {
  const readable = new ReadableStream();
  readable.cancel();
  return readable;
}

function validateEncodingOption(encoding) {
  if (encoding !== undefined && !lazyStreams().Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'options.encoding');
  }
}

// Writable.toWeb --------------------------------------------------------------------------

function newWritableStreamFromStreamWritable(streamWritable) {
  if (typeof streamWritable?._writableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamWritable', 'stream.Writable', streamWritable);
  }
  if (isDestroyed(streamWritable) || !isWritable(streamWritable)) return closedWritableStream();

  const highWaterMark = streamWritable.writableHighWaterMark;
  // Outside object mode node counts chunks, not bytes, against the high water mark.
  const strategy = streamWritable.writableObjectMode ?
    new CountQueuingStrategy({ highWaterMark }) : { highWaterMark };
  const { destroyer } = lazyStreams();

  let controller;
  let drained;
  let finishing;

  watchNodeStream(streamWritable, (error) => {
    if (error != null) {
      drained?.reject(error);
      if (finishing !== undefined) {
        finishing.reject(error);
        finishing = undefined;
      }
      controller.error(error);
      return;
    }
    if (finishing !== undefined) {
      finishing.resolve();
      finishing = undefined;
      return;
    }
    // Closed without end() from this side.
    controller.error(new AbortError());
  });
  streamWritable.on('drain', () => drained?.resolve());

  return new WritableStream({
    start(writableController) {
      controller = writableController;
    },
    async write(chunk) {
      if (streamWritable.writableNeedDrain || !streamWritable.write(chunk)) {
        drained = new Deferred();
        const waiting = drained.promise;
        return whenSettled(waiting, () => { drained = undefined; }, (error) => {
          drained = undefined;
          throw error;
        });
      }
    },
    abort(reason) {
      destroyer(streamWritable, reason);
    },
    close() {
      if (finishing === undefined && !isWritableEnded(streamWritable)) {
        finishing = new Deferred();
        streamWritable.end();
        return finishing.promise;
      }
      return promiseResolve();
    },
  }, strategy);
}

// Writable.fromWeb --------------------------------------------------------------------------

function newStreamWritableFromWritableStream(writableStream, options = kEmptyObject) {
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('writableStream', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateBoolean(decodeStrings, 'options.decodeStrings');
  const { Writable, destroyer } = lazyStreams();

  const writer = writableStream.getWriter();
  let closed = false;

  const writable = new Writable({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = (error) => callNodeCallback(callback, error, (thrown) => {
        process.nextTick(() => destroyer(writable, thrown));
      });
      whenSettled(writer.ready, () => {
        const writes = chunks.map(({ chunk }) => writer.write(chunk));
        whenSettled(promiseAll(writes), () => done(), done);
      }, done);
    },

    write(chunk, encoding, callback) {
      const done = (error) => callNodeCallback(callback, error, (thrown) => destroyer(writable, thrown));
      whenSettled(writer.ready, () => {
        whenSettled(writer.write(chunk), () => done(), done);
      }, done);
    },

    destroy(error, callback) {
      const done = () => callNodeCallback(callback, error, rethrowOnNextTick);
      if (closed) {
        done();
        return;
      }
      whenSettled(error != null ? writer.abort(error) : writer.close(), done, done);
    },

    final(callback) {
      const done = (error) => callNodeCallback(callback, error, (thrown) => {
        process.nextTick(() => destroyer(writable, thrown));
      });
      if (!closed) whenSettled(writer.close(), () => done(), done);
    },
  });

  whenSettled(writer.closed, () => {
    closed = true;
    if (!isWritableEnded(writable)) destroyer(writable, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    closed = true;
    destroyer(writable, error);
  });

  return writable;
}

// Readable.toWeb --------------------------------------------------------------------------

function newReadableStreamFromStreamReadable(streamReadable, options = kEmptyObject) {
  if (typeof streamReadable?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('streamReadable', 'stream.Readable', streamReadable);
  }
  if (isDestroyed(streamReadable) || !isReadable(streamReadable)) return cancelledReadableStream();

  const objectMode = streamReadable.readableObjectMode;
  const highWaterMark = streamReadable.readableHighWaterMark;
  // Outside object mode node counts chunks, not bytes, against the high water mark.
  const strategy = options?.strategy ??
    (objectMode ? new CountQueuingStrategy({ highWaterMark }) : { highWaterMark });
  const { Buffer, destroyer } = lazyStreams();

  let controller;

  function onData(chunk) {
    // A copy, so the chunk does not keep a pooled Buffer's memory alive.
    if (!objectMode && Buffer.isBuffer(chunk)) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }

  streamReadable.pause();
  watchNodeStream(streamReadable, (error) => {
    if (error) controller.error(error);
    else controller.close();
  });
  streamReadable.on('data', onData);

  return new ReadableStream({
    start(readableController) {
      controller = readableController;
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      destroyer(streamReadable, reason);
    },
  }, strategy);
}

// Readable.fromWeb --------------------------------------------------------------------------

function newStreamReadableFromReadableStream(readableStream, options = kEmptyObject) {
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('readableStream', 'ReadableStream', readableStream);
  }
  validateObject(options, 'options');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  validateEncodingOption(encoding);
  validateBoolean(objectMode, 'options.objectMode');
  const { Readable, destroyer } = lazyStreams();

  const reader = readableStream.getReader();
  let closed = false;

  const readable = new Readable({
    objectMode,
    highWaterMark,
    encoding,
    signal,

    read() {
      whenSettled(reader.read(), ({ value, done }) => {
        readable.push(done ? null : value);
      }, (error) => destroyer(readable, error));
    },

    destroy(error, callback) {
      const done = () => callNodeCallback(callback, error, rethrowOnNextTick);
      if (closed) {
        done();
        return;
      }
      whenSettled(reader.cancel(error), done, done);
    },
  });

  whenSettled(reader.closed, () => {
    closed = true;
  }, (error) => {
    closed = true;
    destroyer(readable, error);
  });

  return readable;
}

// Duplex.toWeb ------------------------------------------------------------------------------

function newReadableWritablePairFromDuplex(duplex) {
  if (typeof duplex?._writableState !== 'object' || typeof duplex?._readableState !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('duplex', 'stream.Duplex', duplex);
  }
  if (isDestroyed(duplex)) {
    return { readable: cancelledReadableStream(), writable: closedWritableStream() };
  }
  const writable = isWritable(duplex) ?
    newWritableStreamFromStreamWritable(duplex) : closedWritableStream();
  const readable = isReadable(duplex) ?
    newReadableStreamFromStreamReadable(duplex) : cancelledReadableStream();
  return { writable, readable };
}

// Duplex.fromWeb ----------------------------------------------------------------------------

function newStreamDuplexFromReadableWritablePair(pair = kEmptyObject, options = kEmptyObject) {
  validateObject(pair, 'pair');
  const { readable: readableStream, writable: writableStream } = pair;
  if (!isReadableStream(readableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.readable', 'ReadableStream', readableStream);
  }
  if (!isWritableStream(writableStream)) {
    throw new ERR_INVALID_ARG_TYPE('pair.writable', 'WritableStream', writableStream);
  }
  validateObject(options, 'options');
  const {
    allowHalfOpen = false,
    objectMode = false,
    encoding,
    decodeStrings = true,
    highWaterMark,
    signal,
  } = options;
  validateBoolean(objectMode, 'options.objectMode');
  validateEncodingOption(encoding);
  const { Duplex, destroyer } = lazyStreams();

  const writer = writableStream.getWriter();
  const reader = readableStream.getReader();
  let writableClosed = false;
  let readableClosed = false;

  const duplex = new Duplex({
    allowHalfOpen,
    highWaterMark,
    objectMode,
    encoding,
    decodeStrings,
    signal,

    writev(chunks, callback) {
      const done = (error) => callNodeCallback(callback, error, (thrown) => {
        process.nextTick(() => destroyer(duplex, thrown));
      });
      whenSettled(writer.ready, () => {
        const writes = chunks.map(({ chunk }) => writer.write(chunk));
        whenSettled(promiseAll(writes), () => done(), done);
      }, done);
    },

    write(chunk, encoding, callback) {
      const done = (error) => callNodeCallback(callback, error, (thrown) => destroyer(duplex, thrown));
      whenSettled(writer.ready, () => {
        whenSettled(writer.write(chunk), () => done(), done);
      }, done);
    },

    final(callback) {
      const done = (error) => callNodeCallback(callback, error, (thrown) => {
        process.nextTick(() => destroyer(duplex, thrown));
      });
      if (!writableClosed) whenSettled(writer.close(), () => done(), done);
    },

    read() {
      whenSettled(reader.read(), ({ value, done }) => {
        duplex.push(done ? null : value);
      }, (error) => destroyer(duplex, error));
    },

    // Both sides are torn down, the readable one first, as in node (a destroy without an
    // error aborts the writable side too, with null).
    destroy(error, callback) {
      const done = () => callNodeCallback(callback, error, rethrowOnNextTick);
      const closing = [];
      if (!readableClosed) closing.push(reader.cancel(error));
      if (!writableClosed) closing.push(writer.abort(error));
      if (closing.length === 0) {
        done();
        return;
      }
      whenSettled(promiseAll(closing), done, done);
    },
  });

  whenSettled(writer.closed, () => {
    writableClosed = true;
    if (!isWritableEnded(duplex)) destroyer(duplex, new ERR_STREAM_PREMATURE_CLOSE());
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });

  whenSettled(reader.closed, () => {
    readableClosed = true;
  }, (error) => {
    writableClosed = true;
    readableClosed = true;
    destroyer(duplex, error);
  });

  return duplex;
}

module.exports = {
  newReadableStreamFromStreamReadable,
  newStreamReadableFromReadableStream,
  newWritableStreamFromStreamWritable,
  newStreamWritableFromWritableStream,
  newReadableWritablePairFromDuplex,
  newStreamDuplexFromReadableWritablePair,
};
