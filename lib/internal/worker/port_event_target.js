'use strict';
// The event side of MessagePort: an EventTarget that also speaks EventEmitter (on, once,
// off, emit...), as node's MessagePort does. Ports are made in C++ (the serializer must see
// them as host objects), so EventTarget's own constructor never runs on them and its
// private state is out of reach: this class keeps its listeners itself, under a symbol, and
// implements addEventListener and friends over them.
//
// A listener added with on()/once() is "node-style": for a 'message' it receives the data,
// not the event, and no event object is made unless some web-style listener needs one.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignal, validateObject, validateFunction, kValidateObjectAllowNullable,
        kValidateObjectAllowArray, kValidateObjectAllowFunction } = require('internal/validators');
const { EventTarget, isEvent, inspectWithName } = require('internal/event_target');
const {
  kEventTargetListeners, kMaxEventTargetListeners, kMaxEventTargetListenersWarned,
} = require('internal/events/symbols');

const kListeners = Symbol('kListeners');
// Events whose stopImmediatePropagation() was called: Event keeps that to itself.
const immediatelyStopped = new WeakSet();
// (type, count) on the target itself, after the count of `type` listeners changed.
const kListenerCountChanged = Symbol('kListenerCountChanged');

const ReflectApply = Reflect.apply;

class ListenerRecord {
  constructor(callback, capture, once, nodeStyle) {
    this.callback = callback;  // a function, or an object with handleEvent
    this.capture = capture;
    this.once = once;
    this.nodeStyle = nodeStyle;
    this.removed = false;
    this.signal = null;
    this.onAbort = null;
  }
}

function listenersOf(target, create) {
  let map = target[kListeners];
  if (map === undefined && create) {
    map = new Map();
    Object.defineProperty(target, kListeners, { value: map, writable: false, enumerable: false, configurable: false });
    Object.defineProperty(target, kMaxEventTargetListeners, {
      value: require('events').defaultMaxListeners, writable: true, enumerable: false, configurable: true,
    });
    Object.defineProperty(target, kMaxEventTargetListenersWarned, {
      value: false, writable: true, enumerable: false, configurable: true,
    });
  }
  return map;
}

function validateListener(listener) {
  if (typeof listener !== 'function' && (typeof listener !== 'object' || listener === null)) {
    throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
  }
}

function toEventType(type) {
  if (typeof type === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', type);
  return `${type}`;
}

function reportListenerError(error) {
  process.nextTick(() => { throw error; });
}

function addRecord(target, type, record) {
  const map = listenersOf(target, true);
  let list = map.get(type);
  if (list === undefined) {
    list = [];
    map.set(type, list);
  } else if (list.some((r) => r.callback === record.callback && r.capture === record.capture &&
                              r.nodeStyle === record.nodeStyle)) {
    return false;
  }
  list.push(record);
  warnIfTooMany(target, type, list.length);
  target[kListenerCountChanged]?.(type, list.length);
  return true;
}

function removeRecord(target, type, record) {
  if (record.removed) return;
  record.removed = true;
  const map = listenersOf(target, false);
  const list = map.get(type);
  const index = list.indexOf(record);
  // Copy on write: a dispatch walking the old array keeps its view.
  const rest = list.slice(0, index).concat(list.slice(index + 1));
  if (rest.length === 0) map.delete(type);
  else map.set(type, rest);
  if (record.signal !== null) {
    record.signal.removeEventListener('abort', record.onAbort);
    record.signal = null;
  }
  target[kListenerCountChanged]?.(type, rest.length);
}

function warnIfTooMany(target, type, count) {
  const max = target[kMaxEventTargetListeners];
  if (!(max > 0) || count <= max || target[kMaxEventTargetListenersWarned]) return;
  target[kMaxEventTargetListenersWarned] = true;
  const warning = new Error(
    `Possible EventTarget memory leak detected. ${count} ${type} listeners added to ` +
    `${target.constructor.name}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
  warning.name = 'MaxListenersExceededWarning';
  Object.assign(warning, { target, type, count });
  process.emitWarning(warning);
}

function callRecord(target, record, argument) {
  const callback = record.callback;
  try {
    let result;
    if (typeof callback === 'function') {
      result = ReflectApply(callback, target, [argument]);
    } else {
      const handleEvent = callback.handleEvent;
      if (typeof handleEvent !== 'function') return;
      result = ReflectApply(handleEvent, callback, [argument]);
    }
    if (result !== undefined && result !== null && typeof result.then === 'function') {
      result.then(undefined, reportListenerError);
    }
  } catch (error) {
    reportListenerError(error);
  }
}

// Calls the listeners of `type`: node-style ones with `value`, the others with the event
// `makeEvent()` returns (made once, when first needed). Returns the event if one was made.
function dispatchTo(target, type, value, makeEvent) {
  const list = listenersOf(target, false)?.get(type);
  if (list === undefined) return undefined;
  let event;
  for (let i = 0; i < list.length; i++) {
    const record = list[i];
    if (record.removed) continue;
    if (record.once) removeRecord(target, type, record);
    if (record.nodeStyle) {
      callRecord(target, record, value);
    } else {
      event ??= makeEvent();
      if (immediatelyStopped.has(event)) break;
      callRecord(target, record, event);
    }
  }
  return event;
}

// Gives an event of the runtime's own making (a 'close') its target, which only a real
// EventTarget's dispatch could set.
function targetEvent(event, target) {
  for (const name of ['target', 'currentTarget', 'srcElement']) {
    Object.defineProperty(event, name, { value: target, enumerable: false, configurable: true });
  }
  return event;
}

function checkThis(target) {
  if (target === null || (typeof target !== 'object' && typeof target !== 'function')) {
    throw new ERR_INVALID_THIS('EventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  addEventListener(type, listener, options = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    let once = false;
    let capture = false;
    let signal;
    if (typeof options === 'boolean') {
      capture = options;
    } else if (options !== undefined) {
      validateObject(options, 'options',
                     kValidateObjectAllowNullable | kValidateObjectAllowArray | kValidateObjectAllowFunction);
      once = Boolean(options?.once);
      capture = Boolean(options?.capture);
      signal = options?.signal;
      if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    }
    if (listener === null || listener === undefined) {
      const warning = new Error(`addEventListener called with ${listener} which has no effect.`);
      warning.name = 'AddEventListenerArgumentTypeWarning';
      Object.assign(warning, { target: this, type });
      process.emitWarning(warning);
      return;
    }
    validateListener(listener);
    if (signal?.aborted) return;
    type = toEventType(type);
    const record = new ListenerRecord(listener, capture, once, false);
    if (addRecord(this, type, record) && signal !== undefined) {
      record.signal = signal;
      record.onAbort = () => removeRecord(this, type, record);
      signal.addEventListener('abort', record.onAbort, { once: true });
    }
  }

  removeEventListener(type, listener, options = undefined) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (listener === null || listener === undefined) return;
    validateListener(listener);
    type = toEventType(type);
    const capture = typeof options === 'boolean' ? options : Boolean(options?.capture);
    const list = listenersOf(this, false)?.get(type);
    const record = list?.find((r) => r.callback === listener && r.capture === capture && !r.nodeStyle);
    if (record !== undefined) removeRecord(this, type, record);
  }

  dispatchEvent(event) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    dispatchTo(this, event.type, event, () => event);
    return !event.defaultPrevented;
  }

  // EventEmitter-style methods -------------------------------------------------------------

  on(type, listener) {
    validateFunction(listener, 'listener');
    addRecord(this, toEventType(type), new ListenerRecord(listener, false, false, true));
    return this;
  }

  addListener(type, listener) {
    return this.on(type, listener);
  }

  once(type, listener) {
    validateFunction(listener, 'listener');
    addRecord(this, toEventType(type), new ListenerRecord(listener, false, true, true));
    return this;
  }

  off(type, listener) {
    validateFunction(listener, 'listener');
    type = toEventType(type);
    const record = listenersOf(this, false)?.get(type)?.find((r) => r.callback === listener && r.nodeStyle);
    if (record !== undefined) removeRecord(this, type, record);
    return this;
  }

  removeListener(type, listener) {
    return this.off(type, listener);
  }

  removeAllListeners(type) {
    const map = listenersOf(this, false);
    if (map === undefined) return this;
    const types = type === undefined ? [...map.keys()] : [toEventType(type)];
    for (const name of types) {
      for (const record of map.get(name) ?? []) removeRecord(this, name, record);
    }
    return this;
  }

  emit(type, value) {
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    const hadListeners = this.listenerCount(type) > 0;
    // addEventListener() listeners get a CustomEvent carrying the value, on() ones the value.
    dispatchTo(this, type, value, () => {
      const { CustomEvent } = require('internal/event_target');
      return new CustomEvent(type, { detail: value });
    });
    return hadListeners;
  }

  listenerCount(type) {
    return listenersOf(this, false)?.get(toEventType(type))?.length ?? 0;
  }

  eventNames() {
    return [...(listenersOf(this, false)?.keys() ?? [])];
  }

  setMaxListeners(n) {
    listenersOf(this, true);
    this[kMaxEventTargetListeners] = n;
  }

  getMaxListeners() {
    listenersOf(this, true);
    return this[kMaxEventTargetListeners];
  }

  [kEventTargetListeners](type) {
    return (listenersOf(this, false)?.get(toEventType(type)) ?? []).map((record) => record.callback);
  }

  [require('internal/util').customInspectSymbol](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return inspectWithName(`${name} [EventTarget]`, {}, options);
  }
}

module.exports = {
  NodeEventTarget,
  immediatelyStopped,
  dispatchTo,
  targetEvent,
  kListenerCountChanged,
};
