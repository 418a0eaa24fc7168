'use strict';
// Listening on either an EventEmitter or an EventTarget, for events.once() and events.on().

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function addAgnosticListener(emitter, name, listener, onlyOnce) {
  // null and undefined throw a plain TypeError here, as in node.
  if (typeof emitter.on === 'function') {
    if (onlyOnce) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, { __proto__: null, once: onlyOnce });
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeAgnosticListener(emitter, name, listener) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

module.exports = { addAgnosticListener, removeAgnosticListener };
