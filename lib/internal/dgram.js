'use strict';
// Helpers of dgram (lib/dgram.js): the UDP handle of each socket type, its host name
// lookup, turning send()'s arguments into a list of buffers, and the buffer-size error.

const { UDP } = internalBinding('udp_wrap');
const { guessHandleType } = internalBinding('util');
const { UV_EINVAL } = internalBinding('uv');
const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { kIsNodeError, uvErrmapGet, addCodeToStack } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_SOCKET_BAD_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kOwner = Symbol('owner');
// socket[kStateSymbol]: the socket's handle and state (node's tests reach it by this name).
const kStateSymbol = Symbol('state symbol');

let dnsLookup;
function defaultLookup() {
  dnsLookup ??= require('dns').lookup;
  return dnsLookup;
}

// A UDP handle whose bind/connect/send are those of its family (udp6 gets bind6, ...), and
// whose lookup(address, cb) asks for an address of that family, localhost's when none is
// given.
function newHandle(type, lookup) {
  if (lookup === undefined) lookup = defaultLookup();
  else validateFunction(lookup, 'lookup');
  let family;
  let localhost;
  if (type === 'udp4') {
    family = 4;
    localhost = '127.0.0.1';
  } else if (type === 'udp6') {
    family = 6;
    localhost = '::1';
  } else {
    throw new ERR_SOCKET_BAD_TYPE();
  }
  return fitHandle(new UDP(), family, localhost, lookup);
}

function fitHandle(handle, family, localhost, lookup) {
  handle.lookup = (address, callback) => lookup(address || localhost, family, callback);
  if (family === 6) {
    handle.bind = handle.bind6;
    handle.connect = handle.connect6;
    handle.send = handle.send6;
  }
  return handle;
}

// A UDP handle from elsewhere (received over IPC) made to serve a socket of `type`.
function adoptHandle(handle, type, lookup) {
  if (lookup === undefined) lookup = defaultLookup();
  return type === 'udp6' ? fitHandle(handle, 6, '::1', lookup) : fitHandle(handle, 4, '127.0.0.1', lookup);
}

// For cluster: a handle of `addressType` over `fd`, or bound to (address, port) when either
// is given, or unbound; a negative errno when that fails.
function _createSocketHandle(address, port, addressType, fd, flags) {
  if (Number.isInteger(fd) && fd > 0) {
    if (guessHandleType(fd) !== 'UDP') return UV_EINVAL;
    const handle = newHandle(addressType);
    const err = handle.open(fd);
    return err ? err : handle;
  }
  const handle = newHandle(addressType);
  if (port || address) {
    const err = handle.bind(`${address}`, (port || 0) >>> 0, flags >>> 0);
    if (err) {
      handle.close();
      return err;
    }
  }
  return handle;
}

// A string or a view, cut to [offset, offset + length).
function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], buffer);
  }
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// send()'s message as a list of views: a string, a view, or an array of those.
function toBufferList(message) {
  if (typeof message === 'string') return [Buffer.from(message)];
  if (isArrayBufferView(message)) return [message];
  if (Array.isArray(message)) {
    const list = new Array(message.length);
    for (let i = 0; i < message.length; i++) {
      const chunk = message[i];
      if (typeof chunk === 'string') list[i] = Buffer.from(chunk);
      else if (isArrayBufferView(chunk)) list[i] = chunk;
      else throw new ERR_INVALID_ARG_TYPE('buffer list arguments', ['Buffer', 'TypedArray', 'DataView', 'string'], message);
    }
    return list;
  }
  throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView', 'string'], message);
}

// Node's SystemError shape for ERR_SOCKET_BUFFER_SIZE: `info` holds what the binding put in
// ctx; errno and syscall read it.
class SocketBufferSizeError extends Error {
  constructor(ctx) {
    const [code, description] = uvErrmapGet(ctx.errno) || [ctx.code, ctx.message];
    const info = { errno: ctx.errno, code, message: description, syscall: ctx.syscall };
    super(`Could not get or set buffer size: ${info.syscall} returned ${code} (${description})`);
    Object.defineProperty(this, 'name', { value: 'SystemError', writable: true, configurable: true });
    this.code = 'ERR_SOCKET_BUFFER_SIZE';
    Object.defineProperty(this, 'info', { value: info, enumerable: true, configurable: true });
    for (const field of ['errno', 'syscall']) {
      Object.defineProperty(this, field, {
        get() { return info[field]; },
        set(value) { info[field] = value; },
        enumerable: true,
        configurable: true,
      });
    }
    Object.defineProperty(this, kIsNodeError, { value: true, configurable: true });
    Error.captureStackTrace(this, SocketBufferSizeError);
    addCodeToStack(this, this.code);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  // Shown with the values behind errno and syscall, as node shows its SystemErrors.
  [customInspectSymbol](depth, options) {
    return require('internal/util/inspect').inspect(this, { ...options, getters: true, customInspect: false });
  }
}

module.exports = {
  kOwner,
  kStateSymbol,
  newHandle,
  adoptHandle,
  _createSocketHandle,
  sliceBuffer,
  toBufferList,
  SocketBufferSizeError,
};
