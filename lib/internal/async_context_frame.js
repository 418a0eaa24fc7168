'use strict';
// The async context frame: an immutable Map from AsyncLocalStorage instance to its store,
// kept by V8 as "continuation-preserved embedder data". V8 carries it into promise reactions
// by itself; ticks, queueMicrotask, timers, immediates and native callbacks capture it when
// they are scheduled and restore it around the callback (see `wrap` and the callers).

const binding = internalBinding('async_context_frame');

// Until some AsyncLocalStorage sets a frame, nothing needs capturing: schedulers check this.
let inUse = false;

function current() {
  return inUse ? binding.getFrame() : undefined;
}

function set(frame) {
  if (frame !== undefined) inUse = true;
  binding.setFrame(frame);
}

// Runs fn with `frame` current, restoring the previous frame afterwards.
function runInFrame(frame, fn, thisArg, args) {
  if (!inUse) return Reflect.apply(fn, thisArg, args);
  const prior = binding.getFrame();
  binding.setFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    binding.setFrame(prior);
  }
}

module.exports = {
  current,
  set,
  runInFrame,
  isInUse: () => inUse,
};
