'use strict';
// Duplex.from(body): a Duplex made from whatever `body` is — a stream (returned as is when it
// is duplex already), an iterable, an async generator function taking the written chunks, an
// async function, a promise, a { readable, writable } pair, a Blob or a web stream.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { createDeferredPromise } = require('internal/util');
const {
  isDuplexNodeStream,
  isIterable,
  isNodeStream,
  isReadable,
  isReadableNodeStream,
  isReadableStream,
  isWritable,
  isWritableNodeStream,
  isWritableStream,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const Duplex = require('internal/streams/duplex');
const Readable = require('internal/streams/readable');
const from = require('internal/streams/from');

// A Duplex whose `readable: false` / `writable: false` options also hold when it is built by
// Readable.from().
class Duplexify extends Duplex {
  constructor(options) {
    super(options);
    if (options?.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options?.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  }
}

let blobModule;
function isBlob(value) {
  if (value === null || typeof value !== 'object') return false;
  blobModule ??= require('internal/blob');
  return blobModule.isBlob(value);
}

function duplexify(body, name) {
  if (isDuplexNodeStream(body)) return body;
  if (isReadableNodeStream(body)) return fromPair({ readable: body });
  if (isWritableNodeStream(body)) return fromPair({ writable: body });
  if (isNodeStream(body)) return fromPair({ writable: false, readable: false });

  if (isReadableStream(body)) return fromPair({ readable: Readable.fromWeb(body) });
  if (isWritableStream(body)) {
    return fromPair({ writable: require('internal/streams/writable').fromWeb(body) });
  }

  if (typeof body === 'function') {
    const { value, write, final, destroy } = fromAsyncGenerator(body);

    if (isIterable(value)) {
      return from(Duplexify, value, { objectMode: true, write, final, destroy });
    }

    const then = value?.then;
    if (typeof then === 'function') {
      // An async function consuming the written chunks; its result must be empty.
      let duplex;
      const promise = then.call(value, (result) => {
        if (result != null) throw new ERR_INVALID_RETURN_VALUE('nully', 'body', result);
      }, (err) => {
        destroyer(duplex, err);
      });
      duplex = new Duplexify({
        objectMode: true,
        readable: false,
        write,
        final(cb) {
          final(async () => {
            try {
              await promise;
              process.nextTick(cb, null);
            } catch (err) {
              process.nextTick(cb, err);
            }
          });
        },
        destroy,
      });
      return duplex;
    }

    throw new ERR_INVALID_RETURN_VALUE('Iterable, AsyncIterable or AsyncFunction', name, value);
  }

  if (isBlob(body)) return duplexify(body.arrayBuffer());

  if (isIterable(body)) return from(Duplexify, body, { objectMode: true, writable: false });

  if (isReadableStream(body?.readable) && isWritableStream(body?.writable)) {
    return Duplexify.fromWeb(body);
  }

  if (typeof body?.writable === 'object' || typeof body?.readable === 'object') {
    const readable = body?.readable ?
      (isReadableNodeStream(body.readable) ? body.readable : duplexify(body.readable)) :
      undefined;
    const writable = body?.writable ?
      (isWritableNodeStream(body.writable) ? body.writable : duplexify(body.writable)) :
      undefined;
    return fromPair({ readable, writable });
  }

  const then = body?.then;
  if (typeof then === 'function') {
    let duplex;
    then.call(body, (result) => {
      if (result != null) duplex.push(result);
      duplex.push(null);
    }, (err) => {
      destroyer(duplex, err);
    });
    duplex = new Duplexify({ objectMode: true, writable: false, read() {} });
    return duplex;
  }

  throw new ERR_INVALID_ARG_TYPE(
    name,
    ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
     'Function', '{ readable, writable } pair', 'Promise'],
    body);
}

// Runs `fn` on an async iterable of the chunks written to the Duplex. Each write resolves the
// iterator's pending step; the write's callback is called once the function took the chunk.
function fromAsyncGenerator(fn) {
  let { promise, resolve } = createDeferredPromise();
  const controller = new AbortController();
  const signal = controller.signal;

  async function* writtenChunks() {
    while (true) {
      const step = promise;
      promise = null;
      const { chunk, done, cb } = await step;
      process.nextTick(cb);
      if (done) return;
      if (signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
      ({ promise, resolve } = createDeferredPromise());
      yield chunk;
    }
  }

  const value = fn(writtenChunks(), { signal });

  return {
    value,
    write(chunk, encoding, cb) {
      const settle = resolve;
      resolve = null;
      settle({ chunk, done: false, cb });
    },
    final(cb) {
      const settle = resolve;
      resolve = null;
      settle({ done: true, cb });
    },
    destroy(err, cb) {
      controller.abort();
      cb(err);
    },
  };
}

// A Duplex over a separate readable and writable.
function fromPair(pair) {
  const r = pair.readable && typeof pair.readable.read !== 'function' ?
    Readable.wrap(pair.readable) : pair.readable;
  const w = pair.writable;

  let readable = !!isReadable(r);
  let writable = !!isWritable(w);

  let onDrain;
  let onFinish;
  let onReadable;
  let onClose;
  let duplex;

  function onDone(err) {
    const cb = onClose;
    onClose = null;
    if (cb) cb(err);
    else if (err) duplex.destroy(err);
  }

  duplex = new Duplexify({
    readableObjectMode: !!r?.readableObjectMode,
    writableObjectMode: !!w?.writableObjectMode,
    readable,
    writable,
  });

  if (writable) {
    eos(w, (err) => {
      writable = false;
      if (err) destroyer(r, err);
      onDone(err);
    });

    duplex._write = function(chunk, encoding, callback) {
      if (w.write(chunk, encoding)) callback();
      else onDrain = callback;
    };
    duplex._final = function(callback) {
      w.end();
      onFinish = callback;
    };
    w.on('drain', () => {
      if (onDrain) {
        const cb = onDrain;
        onDrain = null;
        cb();
      }
    });
    w.on('finish', () => {
      if (onFinish) {
        const cb = onFinish;
        onFinish = null;
        cb();
      }
    });
  }

  if (readable) {
    eos(r, (err) => {
      readable = false;
      if (err) destroyer(r, err);
      onDone(err);
    });

    r.on('readable', () => {
      if (onReadable) {
        const cb = onReadable;
        onReadable = null;
        cb();
      }
    });
    r.on('end', () => { duplex.push(null); });

    duplex._read = function() {
      while (true) {
        const chunk = r.read();
        if (chunk === null) {
          onReadable = duplex._read;
          return;
        }
        if (!duplex.push(chunk)) return;
      }
    };
  }

  duplex._destroy = function(err, callback) {
    if (!err && onClose !== null) err = new AbortError();
    onReadable = null;
    onDrain = null;
    onFinish = null;
    if (onClose === null) {
      callback(err);
    } else {
      onClose = callback;
      destroyer(w, err);
      destroyer(r, err);
    }
  };

  return duplex;
}

module.exports = duplexify;
