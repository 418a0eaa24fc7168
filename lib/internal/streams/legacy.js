'use strict';
// The original Stream: an EventEmitter with a minimal pipe(). `require('stream')` is this
// constructor, and very old packages still subclass it with Stream.call(this) + inherits().

const EE = require('events');

function Stream(options) {
  EE.call(this, options);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

// Pipes an old-style 'data'/'end' source into `dest`, pausing on backpressure when the source
// can pause.
Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let ended = false;

  function onData(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause) source.pause();
  }

  function onDrain() {
    if (source.readable && source.resume) source.resume();
  }

  function onEnd() {
    if (ended) return;
    ended = true;
    dest.end();
  }

  function onClose() {
    if (ended) return;
    ended = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  // `this` is whichever side failed; the error is rethrown unless someone else handles it.
  function onError(err) {
    cleanup();
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', err);
  }

  function cleanup() {
    source.removeListener('data', onData);
    dest.removeListener('drain', onDrain);
    source.removeListener('end', onEnd);
    source.removeListener('close', onClose);
    source.removeListener('error', onError);
    dest.removeListener('error', onError);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', onData);
  dest.on('drain', onDrain);
  // process.stdout and stderr are never ended by a pipe.
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onEnd);
    source.on('close', onClose);
  }
  prependListener(source, 'error', onError);
  prependListener(dest, 'error', onError);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);

  dest.emit('pipe', source);
  return dest;
};

// Streams pre-create listener slots in `_events`; only names with listeners count.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  const events = this._events;
  for (const key of Reflect.ownKeys(events)) {
    const listeners = events[key];
    if (typeof listeners === 'function' || (Array.isArray(listeners) && listeners.length > 0)) {
      names.push(key);
    }
  }
  return names;
};

// prependListener() for emitters that predate it.
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function') return emitter.prependListener(event, fn);
  const existing = emitter._events?.[event];
  if (!existing) emitter.on(event, fn);
  else if (Array.isArray(existing)) existing.unshift(fn);
  else emitter._events[event] = [fn, existing];
}

module.exports = { Stream, prependListener };
