'use strict';
// MessagePort, MessageChannel and MessageEvent, and the worker_threads helpers that work on
// ports: receiveMessageOnPort, markAsUntransferable, moveMessagePortToContext. The queues,
// the structured clone and the wake-ups are C++ (src/messaging.cc); this file checks
// arguments and transfer lists, and turns deliveries into events.
//
// As in node, a port keeps the thread alive while it has 'message' listeners (adding the
// first one also starts it); ref() and unref() override that until the next change.

const binding = internalBinding('messaging');
const { isArrayBuffer, isProxy } = internalBinding('types');
const { MessagePort } = binding;
const { Event } = require('internal/event_target');
const {
  NodeEventTarget, dispatchTo, targetEvent, immediatelyStopped, kListenerCountChanged,
} = require('internal/worker/port_event_target');
const { codes: { ERR_CLOSED_MESSAGE_PORT, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

// A function of another object to call with each delivery instead of dispatching on the
// port itself (BroadcastChannel's handle, a Worker's control port).
const kForward = Symbol('kForward');
const kNoMessage = Symbol('kNoMessage');
const kEventTypes = [];
kEventTypes[binding.kMessage] = 'message';
kEventTypes[binding.kMessageError] = 'messageerror';

// Objects markAsUntransferable() was called on; ArrayBuffers carry the buffer binding's
// mark instead, which Buffer's pool has too.
const untransferable = new WeakSet();
const bufferBinding = internalBinding('buffer');

let DOMException;
function newDataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

// Errors node raises from C++: a TypeError with a `code`, without node's usual phrasing.
function codedTypeError(code, message, caller) {
  const error = new TypeError(message);
  error.code = code;
  Error.captureStackTrace(error, caller);
  return error;
}

function illegalInvocation(caller) {
  const error = new TypeError('Illegal invocation');
  Error.captureStackTrace(error, caller);
  return error;
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function isIterable(value) {
  return isObjectLike(value) && typeof value[Symbol.iterator] === 'function';
}

// postMessage(value, transferList) and postMessage(value, { transfer }): the list to hand to
// C++, holding only ArrayBuffers to move and ports to transfer, each once. ArrayBuffers
// marked untransferable are left out: they are copied instead.
// options.transfer as WebIDL reads a sequence: an object whose iterator really iterates.
function sequenceOf(value, errors) {
  const fail = () => errors.createTypeError('ERR_INVALID_ARG_TYPE',
                                            'Optional options.transfer argument must be an iterable');
  if (!isObjectLike(value) || typeof value[Symbol.iterator] !== 'function') throw fail();
  const iterator = value[Symbol.iterator]();
  if (!isObjectLike(iterator) || typeof iterator.next !== 'function') throw fail();
  const items = [];
  for (;;) {
    const step = iterator.next();
    if (!isObjectLike(step)) throw fail();
    if (step.done) return items;
    items.push(step.value);
  }
}

// The errors the checks below throw, made in the main context. A port in a vm context passes
// that context's (internal/per_context/messageport).
function mainContextErrors(caller) {
  return {
    createTypeError: (code, message) => codedTypeError(code, message, caller),
    createDataCloneError: newDataCloneError,
  };
}

function transferListFor(source, transfer, caller, errors = mainContextErrors(caller)) {
  if (transfer === undefined || transfer === null) return undefined;
  let items;
  if (Array.isArray(transfer) || isIterable(transfer)) {
    items = [...transfer];
  } else if (isObjectLike(transfer)) {
    const inner = transfer.transfer;
    if (inner === undefined) return undefined;
    items = sequenceOf(inner, errors);
  } else {
    throw errors.createTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (items.length === 0) return undefined;
  const list = [];
  const seen = new Set();
  for (const item of items) {
    if (isArrayBuffer(item)) {
      if (seen.has(item)) throw errors.createDataCloneError('Transfer list contains duplicate ArrayBuffer');
      seen.add(item);
      if (!bufferBinding.isUntransferable(item)) list.push(item);
    } else if (binding.isTransferable(item)) {
      if (seen.has(item)) throw errors.createDataCloneError(`Transfer list contains duplicate ${item.constructor.name}`);
      seen.add(item);
      // Objects that can only be copied (a Blob) are, as in node, copied when listed.
      if (require('internal/worker/js_transferable').isMovable(item)) list.push(item);
    } else if (binding.isMessagePort(item)) {
      if (item === source) throw errors.createDataCloneError('Transfer list contains source port');
      if (seen.has(item)) throw errors.createDataCloneError('Transfer list contains duplicate MessagePort');
      seen.add(item);
      list.push(item);
    } else {
      throw errors.createTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
  }
  return list;
}

// MessageEvent ----------------------------------------------------------------------------

let setEventFields;

class MessageEvent extends Event {
  #data = null;
  #origin = '';
  #lastEventId = '';
  #source = null;
  #ports = [];
  #target = null;  // set when a port dispatches it (EventTarget's dispatch would set its own)

  constructor(type, init = undefined) {
    // As node's: the event options are not passed on, and any value but null is a
    // dictionary (null's properties cannot be read).
    if (init === null) throw new TypeError("Cannot destructure 'init' as it is null.");
    super(type);
    if (!isObjectLike(init)) return;
    if (init.data !== undefined) this.#data = init.data;
    if (init.origin !== undefined) this.#origin = `${init.origin}`;
    if (init.lastEventId !== undefined) this.#lastEventId = `${init.lastEventId}`;
    if (init.source !== undefined && init.source !== null) {
      if (!binding.isMessagePort(init.source)) {
        throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', init.source);
      }
      this.#source = init.source;
    }
    if (init.ports !== undefined && init.ports !== null) {
      if (!isIterable(init.ports)) throw new TypeError('ports is not iterable');  // node's words
      const ports = [...init.ports];
      ports.forEach((port, i) => {
        if (!binding.isMessagePort(port)) throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', port);
      });
      this.#ports = ports;
    }
  }

  static {
    setEventFields = (event, data, ports, target) => {
      event.#data = data;
      if (ports !== undefined) event.#ports = ports;
      event.#target = target;
    };
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
  get target() { return this.#target ?? super.target; }
  get currentTarget() { return this.#target ?? super.currentTarget; }
  get srcElement() { return this.#target ?? super.srcElement; }

  stopImmediatePropagation() {
    super.stopImmediatePropagation();
    immediatelyStopped.add(this);
  }
}

for (const name of ['data', 'origin', 'lastEventId', 'source', 'ports']) {
  Object.defineProperty(MessageEvent.prototype, name, { enumerable: true });
}
Object.defineProperty(MessageEvent.prototype, Symbol.toStringTag, {
  value: 'MessageEvent', writable: false, enumerable: false, configurable: true,
});

function createMessageEvent(type, data, ports, target) {
  const event = new MessageEvent(type);
  setEventFields(event, data, ports, target);
  return event;
}

// MessagePort -----------------------------------------------------------------------------

Object.setPrototypeOf(MessagePort.prototype, NodeEventTarget.prototype);
Object.setPrototypeOf(MessagePort, NodeEventTarget);

function checkPort(port, caller) {
  if (!binding.isMessagePort(port)) throw illegalInvocation(caller);
}

// The transfer list held the port the message was going to: the message and the channel are
// lost (the transfer happened), as node warns.
function warnPostedToTarget() {
  process.emitWarning('The target port was posted to itself, and the communication channel was lost');
}

// Methods defined through an object literal: their `name` is the method's, and they have no
// prototype, like the native methods node's are.
const portMethods = {
  // The common case (no transfer list) goes straight to C++, which also rejects a receiver
  // that is not a port.
  postMessage(message, transfer) {
    if (transfer === undefined && arguments.length !== 0) {
      return binding.post(this, message, undefined);
    }
    checkPort(this, portMethods.postMessage);
    if (arguments.length === 0) {
      throw codedTypeError('ERR_MISSING_ARGS', 'Not enough arguments to MessagePort.postMessage',
                           portMethods.postMessage);
    }
    // A port moved into a vm context throws that context's errors.
    const contextErrors = binding.contextErrorsOf(this);
    const list = transferListFor(this, transfer, portMethods.postMessage,
                                 contextErrors ?? mainContextErrors(portMethods.postMessage));
    if (list === undefined || !list.some(binding.isTransferable)) {
      if (binding.post(this, message, list) === false) warnPostedToTarget();
      return true;
    }
    // Transferable objects say what rebuilds them first (and may refuse), and let go of what
    // they hold only once the message is on its way.
    const { kTransferData, kTransferDone } = require('internal/worker/js_transferable');
    const objects = list.filter(binding.isTransferable);
    const data = objects.map((object) => object[kTransferData]());
    const posted = binding.post(this, message, list, data);
    for (const object of objects) object[kTransferDone]();
    if (posted === false) warnPostedToTarget();
    return true;
  },

  start() {
    checkPort(this, portMethods.start);
    binding.start(this);
  },

  // close(callback): node's ports are handles, whose close() takes a callback for when the
  // port has closed.
  close(callback) {
    checkPort(this, portMethods.close);
    if (typeof callback === 'function') this.once('close', () => callback());
    binding.close(this);
  },
};

for (const name of ['postMessage', 'start', 'close']) {
  Object.defineProperty(MessagePort.prototype, name, {
    value: portMethods[name], writable: true, enumerable: true, configurable: true,
  });
}

// onmessage and onmessageerror: the value is kept as set; while it is a function (or a
// handler object) one listener stands for it, keeping its place among the others, and
// counts for the port's ref, as in node.
const kHandlers = Symbol('kHandlers');

// As node's: reading the handlers is the check (a proxy's trap runs), then the brand.
function checkHandlerThis(target) {
  if (target === null || typeof target !== 'object') throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', target);
  const handlers = target[kHandlers];
  if (!binding.isMessagePort(target)) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', target);
  return handlers;
}

function defineHandlerAttribute(prototype, type) {
  const attribute = {
    get [`on${type}`]() {
      return checkHandlerThis(this)?.get(type)?.handler ?? null;
    },
    set [`on${type}`](value) {
      let handlers = checkHandlerThis(this);
      if (handlers === undefined) {
        handlers = new Map();
        Object.defineProperty(this, kHandlers, { value: handlers, enumerable: false });
      }
      let wrapper = handlers.get(type);
      if (wrapper === undefined) {
        wrapper = function(event) {
          const handler = wrapper.handler;
          if (typeof handler === 'function') return Reflect.apply(handler, this, [event]);
        };
        handlers.set(type, wrapper);
      }
      const wasListening = isObjectLike(wrapper.handler);
      wrapper.handler = value;
      if (isObjectLike(value) && !wasListening) this.addEventListener(type, wrapper);
      else if (!isObjectLike(value) && wasListening) this.removeEventListener(type, wrapper);
    },
  };
  const { get, set } = Object.getOwnPropertyDescriptor(attribute, `on${type}`);
  Object.defineProperty(prototype, `on${type}`, { get, set, enumerable: true, configurable: true });
}
defineHandlerAttribute(MessagePort.prototype, 'message');
defineHandlerAttribute(MessagePort.prototype, 'messageerror');

Object.defineProperty(MessagePort.prototype, kListenerCountChanged, {
  value(type, count) {
    if (type !== 'message') return;
    if (count === 1) {
      this.ref();
      binding.start(this);
    } else if (count === 0) {
      // Without listeners the port stops: what arrives meanwhile waits for the next one.
      this.unref();
      binding.stop(this);
    }
  },
  enumerable: false,
});

Object.defineProperty(MessagePort.prototype, customInspectSymbol, {
  value(depth, options) {
    if (depth < 0) return 'MessagePort';
    const { inspect } = require('internal/util/inspect');
    const fields = { active: binding.isActive(this), refed: this.hasRef() };
    return `MessagePort [EventTarget] ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  },
  enumerable: false,
});

// Called by C++ for each message, with the port as `this`; `ports` is undefined unless the
// message brought some.
function emitMessage(data, ports, typeIndex) {
  const type = kEventTypes[typeIndex];
  const forward = this[kForward];
  if (forward !== undefined) {
    forward(data, ports, type);
    return;
  }
  dispatchTo(this, type, data, () => createMessageEvent(type, data, ports ?? [], this));
}

// Called by C++ once the port has closed (here, at the other end, or by a transfer).
function emitClose() {
  const forward = this[kForward];
  if (forward !== undefined) {
    forward(undefined, undefined, 'close');
    return;
  }
  const event = targetEvent(new Event('close'), this);
  dispatchTo(this, 'close', event, () => event);
}

binding.setup(emitMessage, emitClose, newDataCloneError,
              (data) => require('internal/worker/js_transferable').deserializeTransferable(data),
              (object) => require('internal/worker/js_transferable').cloneDataOf(object),
              portMethods.postMessage);

// MessageChannel ----------------------------------------------------------------------------

class MessageChannel {
  constructor() {
    const [port1, port2] = binding.createChannel();
    this.port1 = port1;
    this.port2 = port2;
  }
}

// worker_threads helpers --------------------------------------------------------------------

function receiveMessageOnPort(port) {
  port?.[kForward];  // node reads a property first: a proxy's trap runs
  if (!binding.isMessagePort(port)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance',
                         receiveMessageOnPort);
  }
  const message = binding.receive(port, kNoMessage);
  return message === kNoMessage ? undefined : { message };
}

function markAsUntransferable(object) {
  if (isArrayBuffer(object)) {
    bufferBinding.markUntransferable(object);
  } else if (isObjectLike(object)) {
    // node marks with a private symbol, which a proxy refuses.
    if (isProxy(object)) throw new TypeError('Cannot mark a Proxy as untransferable');
    untransferable.add(object);
  }
}

function isMarkedAsUntransferable(object) {
  if (isArrayBuffer(object)) return bufferBinding.isUntransferable(object);
  return isObjectLike(object) && untransferable.has(object);
}

// The port's queue goes to a new port object of the vm context (see
// internal/per_context/messageport); the old object closes without a 'close' event.
function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!binding.isMessagePort(port)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The "port" argument must be a MessagePort instance',
                         moveMessagePortToContext);
  }
  // A closed port is refused before the context is looked at, as in node.
  if (!binding.isActive(port)) throw new ERR_CLOSED_MESSAGE_PORT();
  if (typeof contextifiedSandbox !== 'object' || contextifiedSandbox === null ||
      !require('vm').isContext(contextifiedSandbox)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Invalid context argument', moveMessagePortToContext);
  }
  const moved = binding.moveToContext(port, contextifiedSandbox);
  if (moved === undefined) throw new ERR_CLOSED_MESSAGE_PORT();
  return moved;
}

// Delivers what is queued on `port` now, started or not (a worker's ports before 'exit').
function drainMessagePort(port) {
  binding.drain(port);
}

module.exports = {
  MessageChannel,
  MessageEvent,
  MessagePort,
  createMessageEvent,
  drainMessagePort,
  isMarkedAsUntransferable,
  isMessagePort: binding.isMessagePort,
  kForward,
  markAsUntransferable,
  moveMessagePortToContext,
  postOnPort: binding.post,
  receiveMessageOnPort,
  transferListFor,
};
