'use strict';
// EventEmitter. Listeners live in `this._events`, a prototype-less object mapping an event
// name to one listener function or, for two and more, an array of them; `_eventsCount` counts
// the names. Old packages read and patch these fields directly, so their layout is Node's.
// emit() is hot: a single listener is called without any copying, and no closure is made.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
  genericNodeError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateNumber,
} = require('internal/validators');
const {
  kCapture,
  kShapeMode,
  kFewEvents,
  kErrorMonitor,
  kRejection,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
  kIsEventTarget,
  kEventTargetListeners,
  kEnhanceStackBeforeInspector,
} = require('internal/events/symbols');
const {
  addAgnosticListener,
  removeAgnosticListener,
} = require('internal/events/agnostic_listeners');

// Captured so that a patched Reflect cannot reach into emitters.
const ReflectApply = Reflect.apply;

// A fresh `_events`: no prototype, so no event name can hit Object.prototype. Made with
// setPrototypeOf rather than a `{ __proto__: null }` literal, which V8 10.2 builds in dictionary
// mode, turning every `_events[type]` in emit() into a slow lookup.
function newEventsMap() {
  return Object.setPrototypeOf({}, null);
}

let defaultMaxListeners = 10;

let inspect; // loaded on first use: emitters are created long before anything is printed
function lazyInspect() {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect;
}

function EventEmitter(options) {
  EventEmitter.init.call(this, options);
}

// --- the prototype -------------------------------------------------------------------------

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
Object.defineProperty(EventEmitter.prototype, kCapture, {
  value: false, writable: true, enumerable: false, configurable: true,
});

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

EventEmitter.prototype.emit = function emit(type, ...args) {
  const events = this._events;
  if (type === 'error') {
    if (events !== undefined && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    if (events === undefined || events.error === undefined) throwUnhandledError(this, args);
  } else if (events === undefined) {
    return false;
  }

  const handler = events[type];
  if (handler === undefined) return false;
  // `listener.apply` rather than Reflect.apply(): V8 10.2 optimizes it much better here.
  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    // Checked in this order because a listener almost always returns undefined.
    if (result !== undefined && result !== null && this[kCapture]) {
      captureRejection(this, result, type, args);
    }
  } else {
    // A copy: listeners added or removed by a listener take effect from the next emit().
    const listeners = copyList(handler);
    for (let i = 0; i < listeners.length; i++) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null && this[kCapture]) {
        captureRejection(this, result, type, args);
      }
    }
  }
  return true;
};

// Array literals for the usual short lists beat slice() in V8.
function copyList(list) {
  switch (list.length) {
    case 2: return [list[0], list[1]];
    case 3: return [list[0], list[1], list[2]];
    case 4: return [list[0], list[1], list[2], list[3]];
    default: return list.slice();
  }
}

function throwUnhandledError(emitter, args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) {
    // Thrown as it is; the report of the uncaught exception can add where it was emitted.
    try {
      const emitSite = {};
      Error.captureStackTrace(emitSite, EventEmitter.prototype.emit);
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        value: enhanceStackTrace.bind(emitter, er, emitSite), configurable: true,
      });
    } catch {
      // A frozen error, say: it goes without the extra lines.
    }
    throw er; // Unhandled 'error' event
  }
  const wrapped = new ERR_UNHANDLED_ERROR(er);
  wrapped.context = er;
  throw wrapped;
}

// `this` is the emitter. The error's stack, then the frames that emitted it; where those
// run into a stretch of more than three frames the error's stack already shows, the stretch
// is cut to its first and last frame.
function enhanceStackTrace(error, emitSite) {
  let on = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') on = ` on ${name} instance`;
  } catch {
    // No usable constructor: no name.
  }
  const errorFrames = error.stack.split('\n').slice(1);
  const emitFrames = emitSite.stack.split('\n').slice(1);
  const shared = findSharedFrames(emitFrames, errorFrames);
  if (shared !== null) {
    emitFrames.splice(shared.start + 1, shared.length - 2,
                      '    [... lines matching original stack trace ...]');
  }
  return `${error.stack}\nEmitted 'error' event${on} at:\n${emitFrames.join('\n')}`;
}

// The first run of more than three frames of `frames` that `reference` has too, in a row, or
// null.
function findSharedFrames(frames, reference) {
  for (let start = 0; start < frames.length - 3; start++) {
    const at = reference.indexOf(frames[start]);
    if (at === -1 || reference.length - at <= 3) continue;
    const limit = Math.min(frames.length - start, reference.length - at);
    let length = 1;
    while (length < limit && frames[start + length] === reference[at + length]) length++;
    if (length > 3) return { start, length };
  }
  return null;
}

// A listener of an emitter with captureRejections returned `result`: if it is a thenable, its
// rejection becomes an 'error' event (or a call of the emitter's Symbol.for('nodejs.rejection')
// method), on a later tick as Node does it.
function captureRejection(emitter, result, type, args) {
  try {
    const then = result.then;
    if (typeof then === 'function') {
      ReflectApply(then, result, [undefined, (error) => {
        process.nextTick(emitRejection, emitter, error, type, args);
      }]);
    }
  } catch (error) {
    emitter.emit('error', error);
  }
}

function emitRejection(emitter, error, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](error, type, ...args);
    return;
  }
  // With capture off while 'error' is emitted, a rejecting 'error' listener cannot loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', error);
  } finally {
    emitter[kCapture] = previous;
  }
}

function addListenerTo(emitter, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = emitter._events;
  if (events === undefined) {
    events = emitter._events = newEventsMap();
    emitter._eventsCount = 0;
  } else if (events.newListener !== undefined) {
    // Emitted before the listener is in place; once() listeners are reported unwrapped.
    emitter.emit('newListener', type, listener.listener ? listener.listener : listener);
    events = emitter._events; // a 'newListener' listener may have replaced it
  }

  const existing = events[type];
  if (existing === undefined) {
    events[type] = listener;
    emitter._eventsCount++;
    return emitter;
  }
  let list;
  if (typeof existing === 'function') {
    list = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else {
    list = existing;
    if (prepend) list.unshift(listener);
    else list.push(listener);
  }

  // The flag lives on the array, so the warning is given once per list of listeners.
  const max = maxListenersOf(emitter);
  if (max > 0 && list.length > max && !list.warned) {
    list.warned = true;
    warnTooManyListeners(emitter, type, list.length, max);
  }
  return emitter;
}

function warnTooManyListeners(emitter, type, count, max) {
  const target = lazyInspect()(emitter, { depth: -1 });
  const warning = genericNodeError(
    `Possible EventEmitter memory leak detected. ${count} ${String(type)} listeners ` +
    `added to ${target}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`,
    { name: 'MaxListenersExceededWarning', emitter, type, count });
  process.emitWarning(warning);
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// A once() listener is wrapped in a function bound to this record; `listener` on the wrapper
// points back to the original so that removeListener(type, original) and listeners() work.
function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapper);
  this.fired = true;
  return this.listener.apply(this.target, args);
}

function wrapOnce(target, type, listener) {
  const record = { fired: false, wrapper: undefined, target, type, listener };
  const wrapper = onceWrapper.bind(record);
  wrapper.listener = listener;
  record.wrapper = wrapper;
  return wrapper;
}

// once() and prependOnceListener() go through this.on()/this.prependListener(), which
// subclasses may override.
EventEmitter.prototype.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  validateFunction(listener, 'listener');
  const events = this._events;
  if (events === undefined) return this;
  const list = events[type];
  if (list === undefined) return this;

  // What 'removeListener' reports: for the only listener of the event, the original function
  // (unwrapped from once()); out of a list, the argument as given, which is the wrapper when
  // a once() listener removes itself. Node does it this way.
  let reported;
  if (list === listener || list.listener === listener) {
    reported = list.listener || listener;
    if (--this._eventsCount === 0) {
      this._events = newEventsMap();
      return this;
    }
    forgetEventName(this, events, type);
  } else if (typeof list !== 'function') {
    // The most recently added match goes first.
    let index = list.length - 1;
    while (index >= 0 && list[index] !== listener && list[index].listener !== listener) index--;
    if (index < 0) return this;
    if (index === 0) list.shift();
    else list.splice(index, 1);
    if (list.length === 1) events[type] = list[0];
    reported = listener;
  } else {
    return this;
  }

  if (events.removeListener !== undefined) this.emit('removeListener', type, reported);
  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

function forgetEventName(emitter, events, type) {
  if (emitter[kShapeMode]) events[type] = undefined;
  else delete events[type];
}

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;
  const all = arguments.length === 0;

  // Nobody listens for 'removeListener': drop the lists without reporting each listener.
  if (events.removeListener === undefined) {
    if (all) {
      this._events = newEventsMap();
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = newEventsMap();
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (all) {
    // Every listener is reported; the 'removeListener' listeners themselves go last.
    for (const name of Reflect.ownKeys(events)) {
      if (name !== 'removeListener') this.removeAllListeners(name);
    }
    this.removeAllListeners('removeListener');
    this._events = this[kFewEvents] === true ? Object.create(null) : newEventsMap();
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return [unwrap ? list.listener || list : list];
  const copy = list.slice();
  if (unwrap) {
    for (let i = 0; i < copy.length; i++) {
      if (typeof copy[i].listener === 'function') copy[i] = copy[i].listener;
    }
  }
  return copy;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (list === undefined) return 0;
  if (typeof list === 'function') {
    if (listener == null) return 1;
    return list === listener || list.listener === listener ? 1 : 0;
  }
  if (listener == null) return list.length;
  let count = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) count++;
  }
  return count;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  // Names a subclass listed up front (kShapeMode) are included even without listeners, as in
  // Node; Readable overrides this to leave them out.
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// --- functions on the constructor ----------------------------------------------------------

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { __proto__: null, once: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  const disposable = { __proto__: null };
  if (typeof Symbol.dispose === 'symbol') disposable[Symbol.dispose] = () => remove?.();
  return disposable;
}

function getEventListeners(emitterOrTarget, type) {
  // null and undefined throw a plain TypeError here, as in node.
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget) &&
      typeof emitterOrTarget[kEventTargetListeners] === 'function') {
    return emitterOrTarget[kEventTargetListeners](type);
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// Resolves with the arguments of the next `name` event; an 'error' event first rejects it.
// Works with EventTargets too (resolving with [event]), where 'error' is nothing special.
async function once(emitter, name, options = undefined) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      removeAgnosticListener(emitter, name, onEvent);
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onEvent = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(args);
    };
    const onAbort = () => {
      removeAgnosticListener(emitter, name, onEvent);
      removeAgnosticListener(emitter, 'error', onError);
      reject(new AbortError(undefined, { cause: signal.reason }));
    };
    addAgnosticListener(emitter, name, onEvent, true);
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', onError);
    }
    signal?.addEventListener('abort', onAbort, { __proto__: null, once: true });
  });
}

// The async iterator lives in its own file, loaded on first use.
function on(emitter, event, options = undefined) {
  return require('internal/events/on').on(emitter, event, options);
}

// Property order and attributes follow Node's, so the module inspects the same.
Object.assign(EventEmitter, {
  addAbortListener,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  EventEmitter,
  usingDomains: false,
  captureRejectionSymbol: kRejection,
});

Object.defineProperties(EventEmitter, {
  captureRejections: {
    get() {
      return EventEmitter.prototype[kCapture];
    },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
    configurable: false,
  },
  EventEmitterAsyncResource: {
    get: function lazyEventEmitterAsyncResource() {
      return require('internal/events/async_resource').EventEmitterAsyncResource;
    },
    set: undefined,
    enumerable: true,
    configurable: true,
  },
  errorMonitor: {
    value: kErrorMonitor, writable: true, enumerable: true, configurable: true,
  },
  defaultMaxListeners: {
    get() {
      return defaultMaxListeners;
    },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
    enumerable: true,
    configurable: false,
  },
  kMaxEventTargetListeners: {
    value: kMaxEventTargetListeners, writable: false, enumerable: false, configurable: false,
  },
  kMaxEventTargetListenersWarned: {
    value: kMaxEventTargetListenersWarned, writable: false, enumerable: false, configurable: false,
  },
});

EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

// Sets up an emitter's own fields; the constructor calls it, and so may code that builds
// emitters without `new EventEmitter()`.
EventEmitter.init = function(options) {
  // An `_events` of its own that a subclass prepared (streams do, with a fixed set of names)
  // is kept, and then stays in "shape mode".
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = this[kFewEvents] === true ? Object.create(null) : newEventsMap();
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;

  if (options?.captureRejections) {
    validateBoolean(options.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(options.captureRejections);
  } else {
    // An own copy of the default spares emit() a walk up the prototype chain.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated (DEP0033) in favour of emitter.listenerCount(), but still used.
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return ReflectApply(listenerCount, emitter, [type]);
};

module.exports = EventEmitter;
