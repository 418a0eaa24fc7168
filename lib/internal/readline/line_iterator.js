'use strict';
// `for await (const line of rl)`: every 'line' from the moment the iterator is made, in order,
// none lost. Lines queue while the loop body awaits; past kHighWaterMark queued lines the
// interface is paused (and so its input) until the loop catches up. 'close' ends the
// iteration once the queue is drained, an 'error' rejects after the lines before it;
// leaving the loop early (break, return, throw) closes the interface, as node's does.

const kHighWaterMark = 1024;

function createLineIterator(rl) {
  const lines = [];
  const waiting = [];  // { resolve, reject } of next() calls made before a line came
  let error = null;
  let finished = false;
  let pausedByUs = false;

  function onLine(line) {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    lines.push(line);
    if (lines.length >= kHighWaterMark && !rl.paused && !rl.closed) {
      pausedByUs = true;
      rl.pause();
    }
  }
  function onClose() {
    finish();
    while (waiting.length > 0) waiting.shift().resolve({ value: undefined, done: true });
  }
  function onError(err) {
    if (waiting.length > 0) waiting.shift().reject(err);
    else error = err;
    onClose();
  }
  function finish() {
    finished = true;
    rl.removeListener('line', onLine);
    rl.removeListener('close', onClose);
    rl.removeListener('error', onError);
  }

  rl.on('line', onLine);
  rl.on('close', onClose);
  rl.on('error', onError);

  const iterator = {
    next() {
      if (lines.length > 0) {
        const value = lines.shift();
        if (pausedByUs && lines.length === 0 && !rl.closed) {
          pausedByUs = false;
          rl.resume();
        }
        return Promise.resolve({ value, done: false });
      }
      if (error !== null) {
        const err = error;
        error = null;
        return Promise.reject(err);
      }
      if (finished) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      lines.length = 0;
      finish();
      rl.close();
      onClose();
      return Promise.resolve({ value: undefined, done: true });
    },
    throw(err) {
      lines.length = 0;
      finish();
      rl.close();
      onClose();
      return Promise.reject(err);
    },
    [Symbol.asyncIterator]() { return this; },
    // What node's events.on() iterators expose about their queue (node's tests read it).
    [Symbol.for('nodejs.watermarkData')]: {
      get size() { return lines.length; },
      get low() { return 1; },
      get high() { return kHighWaterMark; },
      get isPaused() { return pausedByUs; },
    },
  };
  const asyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  Object.setPrototypeOf(iterator, asyncIteratorPrototype);
  return iterator;
}

module.exports = { createLineIterator };
