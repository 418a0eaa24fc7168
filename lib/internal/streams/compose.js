'use strict';
// compose(...streams): one Duplex standing for a pipeline. Writes go into the first stage,
// reads come from the last; the stages are connected with pipeline(). Function stages are
// turned into streams with Duplex.from().

const { pipeline } = require('internal/streams/pipeline');
const Duplex = require('internal/streams/duplex');
const { destroyer } = require('internal/streams/destroy');
const {
  isNodeStream,
  isReadable,
  isWritable,
  isWebStream,
  isTransformStream,
  isWritableStream,
  isReadableStream,
} = require('internal/streams/utils');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const eos = require('internal/streams/end-of-stream');

function canRead(stream) {
  return isReadable(stream) || isReadableStream(stream) || isTransformStream(stream);
}

function canWrite(stream) {
  return isWritable(stream) || isWritableStream(stream) || isTransformStream(stream);
}

function compose(...streams) {
  if (streams.length === 0) throw new ERR_MISSING_ARGS('streams');
  if (streams.length === 1) return Duplex.from(streams[0]);

  const originals = [...streams];
  if (typeof streams[0] === 'function') streams[0] = Duplex.from(streams[0]);
  const lastIndex = streams.length - 1;
  if (typeof streams[lastIndex] === 'function') streams[lastIndex] = Duplex.from(streams[lastIndex]);

  for (let n = 0; n < streams.length; ++n) {
    if (!isNodeStream(streams[n]) && !isWebStream(streams[n])) continue;
    if (n < lastIndex && !canRead(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, originals[n], 'must be readable');
    }
    if (n > 0 && !canWrite(streams[n])) {
      throw new ERR_INVALID_ARG_VALUE(`streams[${n}]`, originals[n], 'must be writable');
    }
  }

  // Callbacks parked until the head drains, the tail finishes or has data, the pipeline ends.
  let onDrain;
  let onFinish;
  let onReadable;
  let onClose;
  let duplex;

  function onPipelineDone(err) {
    const cb = onClose;
    onClose = null;
    if (cb) cb(err);
    else if (err) duplex.destroy(err);
    else if (!readable && !writable) duplex.destroy();
  }

  const head = streams[0];
  const tail = pipeline(streams, onPipelineDone);

  const writable = !!canWrite(head);
  const readable = !!canRead(tail);

  duplex = new Duplex({
    writableObjectMode: !!head?.writableObjectMode,
    readableObjectMode: !!tail?.readableObjectMode,
    writable,
    readable,
  });

  function callParked(which) {
    let cb;
    if (which === 'drain') {
      cb = onDrain;
      onDrain = null;
    } else if (which === 'finish') {
      cb = onFinish;
      onFinish = null;
    } else {
      cb = onReadable;
      onReadable = null;
    }
    if (cb) cb();
  }

  if (writable) {
    if (isNodeStream(head)) {
      duplex._write = function(chunk, encoding, callback) {
        if (head.write(chunk, encoding)) callback();
        else onDrain = callback;
      };
      duplex._final = function(callback) {
        head.end();
        onFinish = callback;
      };
      head.on('drain', () => callParked('drain'));
    } else if (isWebStream(head)) {
      const writer = (isTransformStream(head) ? head.writable : head).getWriter();
      duplex._write = async function(chunk, encoding, callback) {
        try {
          await writer.ready;
          writer.write(chunk).catch(() => {});
          callback();
        } catch (err) {
          callback(err);
        }
      };
      duplex._final = async function(callback) {
        try {
          await writer.ready;
          writer.close().catch(() => {});
          onFinish = callback;
        } catch (err) {
          callback(err);
        }
      };
    }
    const toRead = isTransformStream(tail) ? tail.readable : tail;
    eos(toRead, () => callParked('finish'));
  }

  if (readable) {
    if (isNodeStream(tail)) {
      tail.on('readable', () => callParked('readable'));
      tail.on('end', () => { duplex.push(null); });
      duplex._read = function() {
        while (true) {
          const chunk = tail.read();
          if (chunk === null) {
            onReadable = duplex._read;
            return;
          }
          if (!duplex.push(chunk)) return;
        }
      };
    } else if (isWebStream(tail)) {
      const reader = (isTransformStream(tail) ? tail.readable : tail).getReader();
      duplex._read = async function() {
        while (true) {
          try {
            const { value, done } = await reader.read();
            if (!duplex.push(value)) return;
            if (done) {
              duplex.push(null);
              return;
            }
          } catch {
            return;
          }
        }
      };
    }
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
      if (isNodeStream(tail)) destroyer(tail, err);
    }
  };

  return duplex;
}

module.exports = compose;
