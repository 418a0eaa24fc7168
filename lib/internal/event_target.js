'use strict';
// EventTarget, Event and CustomEvent (WHATWG DOM), shaped as Node 20 has them. A target has
// no parent here, so an event only ever visits its target: listeners run in the order they
// were added, capturing or not, all in the AT_TARGET phase. A listener that throws does not
// stop the others; its error becomes an uncaught exception on the next tick, as in Node.
//
// Each target keeps, per event type, a doubly linked list of listener records. A dispatch
// walks the live list rather than a snapshot (as Node does): a listener removed by an earlier
// one does not run, and one appended meanwhile usually does. Removing a record unlinks it but
// leaves its own `next` pointer alone, so a dispatch standing on it can still walk on.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  kValidateObjectAllowNullable,
  kValidateObjectAllowArray,
  kValidateObjectAllowFunction,
} = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const {
  kIsEventTarget,
  kEventTargetListeners,
  kMaxEventTargetListeners,
  kMaxEventTargetListenersWarned,
} = require('internal/events/symbols');
const { uptime } = internalBinding('process_methods');

const ReflectApply = Reflect.apply;

let inspect; // printing is rare; the inspector loads on first use
function lazyInspect() {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect;
}

let events; // events requires nothing from here, but loading it lazily keeps it that way
function defaultMaxListeners() {
  events ??= require('events');
  return events.defaultMaxListeners;
}

// How the interfaces print: `Name { ...fields }`, the fields one level deeper than the
// inspector was asked for (Node's custom inspectors count depth this way).
function inspectWithName(name, fields, options) {
  const depth = Number.isInteger(options.depth) ? options.depth - 1 : options.depth;
  return `${name} ${lazyInspect()(fields, { ...options, depth })}`;
}

// Makes the listed (string-keyed) prototype members enumerable, as WebIDL interfaces have them.
function makeEnumerable(prototype, names) {
  for (const name of names) Object.defineProperty(prototype, name, { enumerable: true });
}

function defineToStringTag(prototype, tag) {
  Object.defineProperty(prototype, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

// Event ------------------------------------------------------------------------------------

// What performance.now() returns: milliseconds since the process started, to the nanosecond
// (rounding through whole nanoseconds avoids digits like 24.782777999999997).
function millisecondsSinceStart() {
  return Math.round(uptime() * 1e9) / 1e6;
}

const NONE = 0;
const CAPTURING_PHASE = 1;
const AT_TARGET = 2;
const BUBBLING_PHASE = 3;

// Events the runtime creates itself (an AbortSignal's 'abort') report isTrusted as true.
const trustedEvents = new WeakSet();

let isEvent;      // (value) => whether value is an Event; set by Event's static block
let eventStateOf; // (event) => the event's internal state; only for values isEvent accepts

function stateOfEvent(event) {
  if (!isEvent(event)) throw new ERR_INVALID_THIS('Event');
  return eventStateOf(event);
}

class Event {
  #state;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== undefined) validateObject(options, 'options', kValidateObjectAllowNullable);
    const bubbles = Boolean(options?.bubbles);
    const cancelable = Boolean(options?.cancelable);
    const composed = Boolean(options?.composed);
    this.#state = {
      type: `${type}`,
      bubbles,
      cancelable,
      composed,
      timeStamp: millisecondsSinceStart(),
      canceled: false,
      propagationStopped: false,
      immediatePropagationStopped: false,
      dispatching: false,
      target: null,
      currentTarget: null,
    };
  }

  static {
    isEvent = (value) => value !== null && typeof value === 'object' && #state in value;
    eventStateOf = (event) => event.#state;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    const state = stateOfEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (state.dispatching) return;
    state.type = `${type}`;
    state.bubbles = Boolean(bubbles);
    state.cancelable = Boolean(cancelable);
  }

  stopImmediatePropagation() {
    const state = stateOfEvent(this);
    state.propagationStopped = true;
    state.immediatePropagationStopped = true;
  }

  // Node 20 treats `passive` as a hint only: a passive listener may still cancel.
  preventDefault() {
    const state = stateOfEvent(this);
    if (state.cancelable) state.canceled = true;
  }

  get target() {
    return stateOfEvent(this).target;
  }

  get currentTarget() {
    return stateOfEvent(this).currentTarget;
  }

  get srcElement() {
    return stateOfEvent(this).target;
  }

  get type() {
    return stateOfEvent(this).type;
  }

  get cancelable() {
    return stateOfEvent(this).cancelable;
  }

  get defaultPrevented() {
    const state = stateOfEvent(this);
    return state.cancelable && state.canceled;
  }

  get timeStamp() {
    return stateOfEvent(this).timeStamp;
  }

  composedPath() {
    const state = stateOfEvent(this);
    return state.dispatching ? [state.currentTarget] : [];
  }

  get returnValue() {
    const state = stateOfEvent(this);
    return !(state.cancelable && state.canceled);
  }

  get bubbles() {
    return stateOfEvent(this).bubbles;
  }

  get composed() {
    return stateOfEvent(this).composed;
  }

  get eventPhase() {
    return stateOfEvent(this).dispatching ? AT_TARGET : NONE;
  }

  get cancelBubble() {
    return stateOfEvent(this).propagationStopped;
  }

  // Legacy alias of stopPropagation(): only `true` has an effect.
  set cancelBubble(value) {
    const state = stateOfEvent(this);
    if (value) state.propagationStopped = true;
  }

  stopPropagation() {
    stateOfEvent(this).propagationStopped = true;
  }

  [customInspectSymbol](depth, options) {
    const state = stateOfEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const shown = {
      type: state.type,
      defaultPrevented: state.cancelable && state.canceled,
      cancelable: state.cancelable,
      timeStamp: state.timeStamp,
    };
    return inspectWithName(name, shown, options);
  }
}

makeEnumerable(Event.prototype, [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
  'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
]);
// Not configurable, like an [LegacyUnforgeable] attribute; no brand check, as in Node.
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor({ get isTrusted() { return trustedEvents.has(this); } },
                                       'isTrusted').get,
  enumerable: true,
  configurable: false,
});
defineToStringTag(Event.prototype, 'Event');
for (const [name, value] of [['NONE', NONE], ['CAPTURING_PHASE', CAPTURING_PHASE],
  ['AT_TARGET', AT_TARGET], ['BUBBLING_PHASE', BUBBLING_PHASE]]) {
  Object.defineProperty(Event, name, { value, writable: false, enumerable: true, configurable: false });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// An event made by the runtime rather than by user code.
function createTrustedEvent(type) {
  const event = new Event(type);
  trustedEvents.add(event);
  return event;
}

// EventTarget ------------------------------------------------------------------------------

// `passive` is not kept: Node 20 lets a passive listener cancel like any other.
class ListenerRecord {
  constructor(listener, capture, once) {
    this.listener = listener; // a function, or an object whose handleEvent is called
    this.capture = capture;
    this.once = once;
    this.removed = false;
    this.previous = null;
    this.next = null;
    this.signal = null;        // options.signal, whose abort removes this record
    this.onSignalAbort = null; // the listener this record put on that signal
  }
}

class ListenerList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.size = 0;
  }

  find(listener, capture) {
    for (let record = this.head; record !== null; record = record.next) {
      if (record.listener === listener && record.capture === capture) return record;
    }
    return undefined;
  }

  append(record) {
    record.previous = this.tail;
    if (this.tail === null) this.head = record;
    else this.tail.next = record;
    this.tail = record;
    this.size++;
  }

  // Leaves record.next in place: a dispatch currently at this record continues from it.
  unlink(record) {
    if (record.previous === null) this.head = record.next;
    else record.previous.next = record.next;
    if (record.next === null) this.tail = record.previous;
    else record.next.previous = record.previous;
    this.size--;
  }
}

// Set by EventTarget's static block; they reach its private fields for this module's helpers.
let isEventTarget;        // (value) => whether value is an EventTarget
let eventHandlersOf;      // (target, create) => Map of type -> wrapper of an on<type> attribute
let addListener;          // (target, type, listener, capture, once, signal), unchecked
let observeListenerCount; // (target, observer): observer(type, count) after each change

function checkTarget(target) {
  if (!isEventTarget(target)) throw new ERR_INVALID_THIS('EventTarget');
}

// addEventListener's third argument: a boolean (capture) or an options object.
function parseAddOptions(options) {
  if (typeof options === 'boolean') {
    return { once: false, capture: options, passive: false, signal: undefined };
  }
  if (options !== undefined) {
    validateObject(options, 'options',
                   kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction);
  }
  const once = Boolean(options?.once);
  const capture = Boolean(options?.capture);
  const passive = Boolean(options?.passive);
  const signal = options?.signal;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return { once, capture, passive, signal };
}

// removeEventListener's third argument only contributes `capture`.
function parseCapture(options) {
  if (options !== null && (typeof options === 'object' || typeof options === 'function')) {
    return Boolean(options.capture);
  }
  return Boolean(options);
}

function validateListener(listener) {
  if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null)) {
    throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
  }
}

// WebIDL's DOMString conversion, with the error Node gives for a symbol.
function toEventType(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function emitProcessWarning(message, name, fields) {
  const warning = new Error(message);
  warning.name = name;
  Object.assign(warning, fields);
  process.emitWarning(warning);
}

// Errors thrown by listeners surface as uncaught exceptions once the dispatch is over.
function reportListenerError(error) {
  process.nextTick(() => { throw error; });
}

// A listener that returns a promise (an async function) has its rejection reported too.
function reportRejectionOf(result) {
  const then = result.then;
  if (typeof then === 'function') ReflectApply(then, result, [undefined, reportListenerError]);
}

function callListener(target, record, event) {
  const listener = record.listener;
  try {
    let result;
    if (typeof listener === 'function') {
      result = ReflectApply(listener, target, [event]);
    } else {
      // Looked up at each call, so a handleEvent set after adding the object still counts.
      const handleEvent = listener.handleEvent;
      if (handleEvent === undefined) return;
      result = ReflectApply(handleEvent, listener, [event]);
    }
    if (result !== undefined && result !== null) reportRejectionOf(result);
  } catch (error) {
    reportListenerError(error);
  }
}

class EventTarget {
  #listeners = new Map(); // event type -> ListenerList
  #handlers = null;       // event type -> the wrapper an `on<type>` attribute installed
  #countObserver = null;  // (type, count) => void, told when a type's listener count changes

  constructor() {
    // Read and written by events.getMaxListeners() and events.setMaxListeners().
    Object.defineProperty(this, kMaxEventTargetListeners, {
      value: defaultMaxListeners(), writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(this, kMaxEventTargetListenersWarned, {
      value: false, writable: true, enumerable: false, configurable: true,
    });
  }

  static {
    isEventTarget = (value) => value !== null && typeof value === 'object' && #listeners in value;
    eventHandlersOf = (target, create) => {
      if (create) target.#handlers ??= new Map();
      return target.#handlers;
    };
    addListener = (target, type, listener, capture, once, signal) => {
      target.#add(type, listener, capture, once, signal);
    };
    observeListenerCount = (target, observer) => {
      target.#countObserver = observer;
    };
  }

  addEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, signal } = parseAddOptions(options);
    if (listener === null || listener === undefined) {
      emitProcessWarning(`addEventListener called with ${listener} which has no effect.`,
                         'AddEventListenerArgumentTypeWarning', { target: this, type });
      return;
    }
    validateListener(listener);
    this.#add(toEventType(type), listener, capture, once, signal);
  }

  removeEventListener(type, listener, options = undefined) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (listener === null || listener === undefined) return;
    validateListener(listener);
    type = toEventType(type);
    const capture = parseCapture(options);
    const record = this.#listeners.get(type)?.find(listener, capture);
    if (record !== undefined) this.#remove(type, record);
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    const state = eventStateOf(event);
    if (state.dispatching) throw new ERR_EVENT_RECURSION(state.type);

    state.dispatching = true;
    state.target = this;
    state.currentTarget = this;
    try {
      const list = this.#listeners.get(state.type);
      let record = list === undefined ? null : list.head;
      while (record !== null && !state.immediatePropagationStopped) {
        if (!record.removed) {
          if (record.once) this.#remove(state.type, record);
          callListener(this, record, event);
        }
        record = record.next;
      }
    } finally {
      state.dispatching = false;
      state.currentTarget = null;
    }
    return !(state.cancelable && state.canceled);
  }

  #add(type, listener, capture, once, signal) {
    if (signal?.aborted) return;
    let list = this.#listeners.get(type);
    if (list === undefined) {
      list = new ListenerList();
      this.#listeners.set(type, list);
    } else if (list.find(listener, capture) !== undefined) {
      return;
    }
    const record = new ListenerRecord(listener, capture, once);
    list.append(record);
    if (signal !== undefined) {
      record.signal = signal;
      record.onSignalAbort = () => this.#remove(type, record);
      signal.addEventListener('abort', record.onSignalAbort, { __proto__: null, once: true });
    }
    this.#warnIfTooManyListeners(type, list.size);
    this.#countObserver?.(type, list.size);
  }

  #remove(type, record) {
    if (record.removed) return;
    record.removed = true;
    const list = this.#listeners.get(type);
    list.unlink(record);
    if (list.size === 0) this.#listeners.delete(type);
    // The signal no longer needs to reach this listener; do not let it keep us alive.
    if (record.signal !== null) {
      record.signal.removeEventListener('abort', record.onSignalAbort);
      record.signal = null;
      record.onSignalAbort = null;
    }
    this.#countObserver?.(type, list.size);
  }

  #warnIfTooManyListeners(type, count) {
    const max = this[kMaxEventTargetListeners];
    if (!(max > 0) || count <= max || this[kMaxEventTargetListenersWarned]) return;
    this[kMaxEventTargetListenersWarned] = true;
    const shown = lazyInspect()(this, { depth: -1 });
    emitProcessWarning(
      `Possible EventTarget memory leak detected. ${count} ${type} listeners added to ${shown}. ` +
      `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`,
      'MaxListenersExceededWarning', { target: this, type, count });
  }

  // What events.getEventListeners() reports: the listeners of `type`, in order.
  [kEventTargetListeners](type) {
    const list = this.#listeners.get(toEventType(type));
    const listeners = [];
    for (let record = list?.head ?? null; record !== null; record = record.next) {
      listeners.push(record.listener);
    }
    return listeners;
  }

  [customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return inspectWithName(name, {}, options);
  }
}

makeEnumerable(EventTarget.prototype, ['addEventListener', 'removeEventListener', 'dispatchEvent']);
defineToStringTag(EventTarget.prototype, 'EventTarget');
// events.js recognises targets (and subclasses) by this flag on the constructor.
EventTarget[kIsEventTarget] = true;

// Internal hooks for subclasses in other files ---------------------------------------------

// The `on<type>` attribute (onabort, onmessage…): setting it installs one listener, which
// keeps its place among the others for the life of the target; later values, null included,
// only change what that listener calls. The getter returns the stored value as is.
function defineEventHandler(prototype, type) {
  const name = `on${type}`;
  function handlersOf(target, create) {
    if (!isEventTarget(target)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', target);
    return eventHandlersOf(target, create);
  }
  const accessors = {
    get [name]() {
      const wrapper = handlersOf(this, false)?.get(type);
      return wrapper === undefined ? null : wrapper.handler;
    },
    set [name](value) {
      const handlers = handlersOf(this, true);
      let wrapper = handlers.get(type);
      if (wrapper === undefined) {
        wrapper = function eventHandler(event) {
          const handler = wrapper.handler;
          if (typeof handler === 'function') return ReflectApply(handler, this, [event]);
        };
        wrapper.handler = value;
        handlers.set(type, wrapper);
        addListener(this, type, wrapper, false, false, undefined);
      } else {
        wrapper.handler = value;
      }
    },
  };
  const { get, set } = Object.getOwnPropertyDescriptor(accessors, name);
  Object.defineProperty(prototype, name, { get, set, enumerable: true, configurable: true });
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  createTrustedEvent,
  defineEventHandler,
  inspectWithName,
  isEvent,
  isEventTarget,
  observeListenerCount,
};
