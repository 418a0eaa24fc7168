'use strict';
// Readable.prototype.pipe() and unpipe(): the source flows into each destination, pausing
// while any destination's write() asks for a 'drain'. Listener order and the ticks involved
// follow Node 20.

const { prependListener } = require('internal/streams/legacy');
const { errorOrDestroy } = require('internal/streams/destroy');
const { kState } = require('internal/streams/state');
const { kEndEmitted, kFlowing, kMultiAwaitDrain } = require('internal/streams/readable-state');

function pipe(dest, pipeOptions) {
  const src = this;
  const state = this._readableState;

  // From the second destination on, the streams waiting for 'drain' are kept in a Set.
  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const endDest = (!pipeOptions || pipeOptions.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const onSourceEnd = endDest ? endDestination : unpipeDestination;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(onSourceEnd);
  else src.once('end', onSourceEnd);

  let drainListener = null;
  let cleanedUp = false;

  function endDestination() {
    dest.end();
  }

  function unpipeDestination() {
    src.unpipe(dest);
  }

  function onUnpipe(readable, info) {
    if (readable === src && info && info.hasUnpiped === false) {
      info.hasUnpiped = true;
      cleanup();
    }
  }

  function cleanup() {
    dest.removeListener('close', onDestClose);
    dest.removeListener('finish', onDestFinish);
    if (drainListener) dest.removeListener('drain', drainListener);
    dest.removeListener('error', onDestError);
    dest.removeListener('unpipe', onUnpipe);
    src.removeListener('end', endDestination);
    src.removeListener('end', unpipeDestination);
    src.removeListener('data', onData);
    cleanedUp = true;
    // The source may be waiting for this destination's 'drain' that will never come now.
    if (drainListener && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      drainListener();
    }
  }

  function waitForDrain() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!drainListener) {
      drainListener = drainHandler(src, dest);
      dest.on('drain', drainListener);
    }
  }

  function onData(chunk) {
    if (dest.write(chunk) === false) waitForDrain();
  }

  // An error on the destination unpipes it, and is rethrown if nobody else listens.
  function onDestError(err) {
    unpipeDestination();
    dest.removeListener('error', onDestError);
    if (dest.listenerCount('error') === 0) {
      const destState = dest._writableState || dest._readableState;
      if (destState && !destState.errorEmitted) errorOrDestroy(dest, err);
      else dest.emit('error', err);
    }
  }

  function onDestClose() {
    dest.removeListener('finish', onDestFinish);
    unpipeDestination();
  }

  function onDestFinish() {
    dest.removeListener('close', onDestClose);
    unpipeDestination();
  }

  dest.on('unpipe', onUnpipe);
  src.on('data', onData);
  prependListener(dest, 'error', onDestError);
  dest.once('close', onDestClose);
  dest.once('finish', onDestFinish);

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    waitForDrain();
  } else if ((state[kState] & kFlowing) === 0) {
    src.resume();
  }
  return dest;
}

function drainHandler(src, dest) {
  return function pipeOnDrain() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

function unpipe(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
}

module.exports = { pipe, unpipe };
