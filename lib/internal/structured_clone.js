'use strict';
// The global structuredClone(value, { transfer }): the HTML structured clone, made by V8's
// serializer in one native call (src/serdes.cc). This file checks the arguments the way
// node 20 does and turns V8's complaints into DataCloneError DOMExceptions.
//
// A value holding host objects (a Blob, a FileHandle) goes through a private MessageChannel
// instead, whose serializer copies or moves them.

const { structuredClone: cloneValue } = internalBinding('serdes');
const { isArrayBuffer } = internalBinding('types');

// What the native clone returns when it meets a host object.
const kHasHostObject = Object.freeze({});

let DOMException;
function newDataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

// Node raises these from C++: a TypeError with a `code`, its own wording, and no frames of
// the implementation on the stack.
function codedTypeError(code, message) {
  const error = new TypeError(message);
  error.code = code;
  Error.captureStackTrace(error, structuredClone);
  return error;
}

function isObjectLike(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function iterableToList(iterable) {
  return Array.isArray(iterable) ? Array.from({ length: iterable.length }, (_, i) => iterable[i]) : [...iterable];
}

function isIterable(value) {
  return isObjectLike(value) && typeof value[Symbol.iterator] === 'function';
}

// options.transfer may be an iterable of transferables or, as with MessagePort's
// postMessage(value, { transfer }), a dictionary holding one.
function transferListFrom(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if (!isObjectLike(transfer)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Optional transferList argument must be an iterable');
  }
  if (Array.isArray(transfer) || isIterable(transfer)) return iterableToList(transfer);
  const inner = transfer.transfer;
  if (inner === undefined) return [];
  if (!Array.isArray(inner) && !isIterable(inner)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'Optional options.transfer argument must be an iterable');
  }
  return iterableToList(inner);
}

function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw codedTypeError('ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  if (options !== undefined && options !== null && !isObjectLike(options)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const transferList = transferListFrom(options?.transfer);
  // Transferable objects (a FileHandle) move through a private channel, as a message does.
  if (transferList.some(internalBinding('messaging').isTransferable)) {
    return cloneThroughChannel(value, transferList);
  }
  const seen = new Set();
  for (const item of transferList) {
    if (!isArrayBuffer(item)) {
      throw codedTypeError('ERR_INVALID_TRANSFER_OBJECT', 'Found invalid object in transferList');
    }
    if (seen.has(item)) throw newDataCloneError('Transfer list contains duplicate ArrayBuffer');
    seen.add(item);
  }
  const clone = cloneValue(value, transferList, newDataCloneError, kHasHostObject);
  return clone === kHasHostObject ? cloneThroughChannel(value, transferList) : clone;
}

function cloneThroughChannel(value, transferList) {
  const { MessageChannel, receiveMessageOnPort } = require('worker_threads');
  const { port1, port2 } = new MessageChannel();
  try {
    port1.postMessage(value, transferList);
    return receiveMessageOnPort(port2).message;
  } finally {
    port1.close();
  }
}

module.exports = { structuredClone };
