'use strict';
// Async iteration of a Readable (`for await`, readable.iterator()): each step read()s a chunk
// or waits for 'readable'; errors are thrown into the loop, and leaving the loop early
// destroys the stream unless `destroyOnReturn: false` was asked for.

const { aggregateTwoErrors } = require('internal/errors');
const { destroyer } = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');

let Readable;

function nop() {}

function iterate(stream, options) {
  if (typeof stream.read !== 'function') {
    Readable ??= require('internal/streams/readable');
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iterator = readChunks(stream, options);
  iterator.stream = stream;
  return iterator;
}

async function* readChunks(stream, options) {
  let wake = nop;
  // As the 'readable' listener (this === stream) it wakes the loop; as a promise executor it
  // parks the loop's resolve function.
  function onReadable(resolve) {
    if (this === stream) {
      wake();
      wake = nop;
    } else {
      wake = resolve;
    }
  }
  stream.on('readable', onReadable);

  // undefined: still going; null: ended cleanly; an error: failed.
  let error;
  const stopWatching = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    wake();
    wake = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(onReadable);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    // Leaving the loop early (break, return, throw) destroys the stream unless asked not to.
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyer(stream, null);
    } else {
      stream.off('readable', onReadable);
      stopWatching();
    }
  }
}

module.exports = { iterate };
