'use strict';
// What a MessagePort moved into a vm context (worker_threads.moveMessagePortToContext) needs
// of that context. src/messaging.cc runs this file in the vm context itself, so the events
// and errors made here are objects of that context. Such a port is no EventTarget: each
// message goes to its onmessage (or onmessageerror) property, as in node.

const { DOMException } = require('internal/per_context/domexception');

// Taken now: user code in the context may replace Reflect.apply later.
const { apply } = Reflect;

// The event handed to onmessage: the fields node's has, and nothing to dispatch.
class MessageEvent {
  constructor(data, target, type, ports) {
    this.data = data;
    this.target = target;
    this.type = type;
    this.ports = ports;
  }
}

// The types, by the index C++ passes (MessageType in src/message_port.h).
const kTypes = ['message', 'messageerror'];

// Called by C++ with the port as `this`; `ports` is undefined, or an array of this context.
function emitMessage(data, ports, typeIndex) {
  const type = kTypes[typeIndex];
  const handler = this[`on${type}`];
  if (typeof handler !== 'function') return;
  apply(handler, this, [new MessageEvent(data, this, type, ports ?? [])]);
}

function createDataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// Errors node raises from C++: a TypeError with a `code`.
function createTypeError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  return error;
}

module.exports = { emitMessage, createDataCloneError, createTypeError };
