'use strict';
// net.Socket: a Duplex stream over a TCP or pipe handle (src/tcp_wrap.cc, src/pipe_wrap.cc).
// Connecting (lookup, several addresses in turn) is internal/net/connect.
//
// The socket's handle is `_handle` (null before connect() and after destroy()). Reading
// starts when the Readable side first asks (_read) and stops under backpressure; writes go
// through internal/stream_base_commons, which tries to write at once.

const { Duplex } = require('stream');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { guessHandleType } = internalBinding('util');
const { streamBaseState, kReadBytesOrError, kArrayBufferOffset } = internalBinding('stream_wrap');
const { normalizedArgsSymbol } = require('internal/net');
const { UV_ENOBUFS, UV_ENOTCONN } = internalBinding('uv');
const { isUint8Array } = require('internal/util/types');
const {
  kOwner,
  kUpdateTimer,
  kAfterAsyncWrite,
  kBytesRead,
  kBytesDispatched,
  kDataSink,
  kConsumerArmed,
  disarmConsumer,
  writeGeneric,
  writevGeneric,
  onStreamRead,
  tryReadStart,
} = require('internal/stream_base_commons');
const {
  lookupAndConnect,
  internalConnect,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kReinitializeHandle,
} = require('internal/net/connect');
const timers = require('internal/timers');
const { kTimeout } = timers;
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_RETURN_VALUE,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_MISSING_ARGS,
  },
  ErrnoException,
  genericNodeError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInt32,
  validateNumber,
  validateString,
} = require('internal/validators');

const kSpareTimeout = Symbol('kSpareTimeout');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kHandle = Symbol('kHandle');
// onread: { buffer, callback } sockets read into the user's buffer instead of allocating.
const kUserBuffer = Symbol('kUserBuffer');
const kUserBufferCallback = Symbol('kUserBufferCallback');
const kUserBufferFactory = Symbol('kUserBufferFactory');

function noop() {}

// Arguments ----------------------------------------------------------------------------------

// A number (or numeric string) >= 0, else false.
function toNumber(value) {
  value = Number(value);
  return value >= 0 ? value : false;
}

function isPipeName(value) {
  return typeof value === 'string' && toNumber(value) === false;
}

// connect() and listen() take (options[, cb]), (path[, cb]) or ([port][, host][, ...][, cb]);
// all become [options, cb or null], marked so they are not normalized twice.
function normalizeArgs(args) {
  let normalized;
  if (args.length === 0) {
    normalized = [{}, null];
  } else {
    const first = args[0];
    let options = {};
    if (typeof first === 'object' && first !== null) {
      options = first;
    } else if (isPipeName(first)) {
      options.path = first;
    } else {
      options.port = first;
      if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
    }
    const callback = args[args.length - 1];
    normalized = [options, typeof callback === 'function' ? callback : null];
  }
  normalized[normalizedArgsSymbol] = true;
  return normalized;
}

// A handle for an inherited descriptor, by what the descriptor is.
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  // Here and in the callers' open(fd | 0): -0 passes validateInt32 but is no Int32 to V8.
  const type = guessHandleType(fd | 0);
  if (type === 'PIPE') return new Pipe(isServer ? PipeConstants.SERVER : PipeConstants.SOCKET);
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

// The Socket ---------------------------------------------------------------------------------

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options?.objectMode) {
    throw new ERR_INVALID_ARG_VALUE('options.objectMode', options.objectMode, 'is not supported');
  } else if (options?.readableObjectMode || options?.writableObjectMode) {
    const name = options.readableObjectMode ? 'readableObjectMode' : 'writableObjectMode';
    throw new ERR_INVALID_ARG_VALUE(`options.${name}`, options[name], 'is not supported');
  }
  let keepAliveInitialDelay = 0;
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay > 0) keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  }

  this.connecting = false;
  // noDelay and keepAlive options apply once connected (internal/net/connect); the
  // setters below change the handle only when the value changes from these.
  this[kSetNoDelay] = Boolean(options?.noDelay);
  this[kSetKeepAlive] = Boolean(options?.keepAlive);
  this[kSetKeepAliveInitialDelay] = keepAliveInitialDelay;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kSpareTimeout] = null;  // the last timer setTimeout(0) cleared, kept for re-use
  this[kUserBuffer] = null;
  this[kUserBufferCallback] = null;
  this[kUserBufferFactory] = null;
  this._closeAfterHandlingError = false;

  if (typeof options === 'number') options = { fd: options };  // the legacy form
  else options = { ...options };
  // Sockets are not half-open unless asked; they emit 'close' themselves, with hadError.
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  // The socket listens to its signal itself (below); the Duplex must not add a second listener.
  const { signal } = options;
  options.signal = undefined;
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd | 0);
    if (err) throw new ErrnoException(err, 'open');
  }

  const { onread } = options;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kUserBufferFactory] = onread.buffer;  // called for each handle, then after each read
    } else {
      this[kUserBuffer] = onread.buffer;
    }
    this[kUserBufferCallback] = onread.callback;
  }

  this.on('end', onReadableStreamEnd);
  initSocketHandle(this);
  this._pendingData = null;
  this._pendingEncoding = '';

  // A socket made from a handle (accepted, or an fd) reads from the start.
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }

  if (signal) addAbortSignal(this, signal);

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kDataSink] = null;
  this[kConsumerArmed] = undefined;
  this[kBytesDispatched] = 0;
}
Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
Object.setPrototypeOf(Socket, Duplex);

Object.defineProperty(Socket.prototype, '_handle', {
  __proto__: null,
  get() { return this[kHandle]; },
  set(value) { this[kHandle] = value; },
  configurable: true,
});

function addAbortSignal(socket, signal) {
  validateAbortSignal(signal, 'options.signal');
  const abort = () => {
    const { AbortError } = require('internal/errors');
    socket.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    process.nextTick(abort);
  } else {
    signal.addEventListener('abort', abort, { once: true });
    socket.once('close', () => signal.removeEventListener('abort', abort));
  }
}

// Ties the handle (if any) to this socket.
function initSocketHandle(socket) {
  socket._undestroy();
  socket._sockname = null;
  const handle = socket._handle;
  if (!handle) return;
  handle[kOwner] = socket;
  if (socket[kUserBufferCallback]) {
    handle.onread = onUserBufferRead;
    if (socket[kUserBufferFactory]) socket[kUserBuffer] = nextUserBuffer(socket);
    // The handle reads straight into the buffer, never more than it holds at once.
    if (typeof handle.useUserBuffer === 'function') handle.useUserBuffer(socket[kUserBuffer]);
  } else {
    handle.onread = onStreamRead;
  }
}

function nextUserBuffer(socket) {
  const buffer = socket[kUserBufferFactory]();
  if (!isUint8Array(buffer)) throw new ERR_INVALID_RETURN_VALUE('an instance of Uint8Array', 'onread.buffer', buffer);
  return buffer;
}

// onread with a user buffer (net's onread option): the handle read into it (no arrayBuffer),
// or, for a handle without useUserBuffer, the bytes are copied into it in buffer-sized pieces.
function onUserBufferRead(arrayBuffer) {
  const socket = this[kOwner];
  const nread = streamBaseState[kReadBytesOrError];
  if (nread <= 0 || socket.destroyed) {
    onStreamRead.call(this, arrayBuffer);
    return;
  }
  socket[kUpdateTimer]();
  socket[kBytesRead] += nread;
  if (arrayBuffer === undefined) {
    // The handle read straight into the user's buffer.
    deliverUserBuffer(this, socket, nread, true);
    return;
  }
  // A handle without useUserBuffer: the bytes are copied in, in buffer-sized pieces.
  const bytes = new Uint8Array(arrayBuffer, streamBaseState[kArrayBufferOffset], nread);
  for (let offset = 0; offset < nread;) {
    const target = socket[kUserBuffer];
    if (target.byteLength === 0) {  // what libuv says of an empty read buffer
      socket.destroy(new ErrnoException(UV_ENOBUFS, 'read'));
      return;
    }
    const count = Math.min(target.byteLength, nread - offset);
    target.set(bytes.subarray(offset, offset + count));
    offset += count;
    if (!deliverUserBuffer(this, socket, count, false)) return;
  }
}

// The user's callback gets `count` bytes in its buffer (false from it stops reading); then a
// buffer factory gives the next buffer, which a handle reading straight into it (`direct`) is
// told of. False when the factory failed and the socket was destroyed.
function deliverUserBuffer(handle, socket, count, direct) {
  if (socket[kUserBufferCallback](count, socket[kUserBuffer]) === false && handle.reading) {
    handle.reading = false;
    handle.readStop();
  }
  if (!socket[kUserBufferFactory] || socket.destroyed) return true;
  try {
    socket[kUserBuffer] = nextUserBuffer(socket);
  } catch (err) {
    socket.destroy(err);
    return false;
  }
  if (direct) handle.useUserBuffer(socket[kUserBuffer]);
  return true;
}

// 'end' on a socket that is not half-open: writing after it fails with EPIPE.
function onReadableStreamEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, callback) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, callback);
  if (typeof encoding === 'function') callback = encoding;
  const err = genericNodeError('This socket has been ended by the other party', { code: 'EPIPE' });
  if (typeof callback === 'function') process.nextTick(callback, err);
  this.destroy(err);
  return false;
}

Socket.prototype[kUpdateTimer] = function updateTimer() {
  this._unrefTimer();
};

Socket.prototype[kAfterAsyncWrite] = function afterAsyncWrite() {
  this[kLastWriteQueueSize] = 0;
};

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let socket = this; socket !== null; socket = socket._parent) {
    if (socket[kTimeout]) socket[kTimeout].refresh();
  }
};

// Idle timeout ----------------------------------------------------------------------------------

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = timers.validateTimerDuration(msecs, 'msecs');
  clearSocketTimer(this);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    // A keep-alive connection disarms and re-arms its timer on every request: the timer
    // cleared last time is armed again rather than a new one made.
    let timer = this[kSpareTimeout];
    if (timer !== null) {
      this[kSpareTimeout] = null;
      timer._idleTimeout = timers.normalizeDelay(msecs);
      timers.unrefActive(timer);
    } else {
      timer = new timers.Timeout(onSocketTimer.bind(this), msecs, undefined, false, false);
      timers.insert(timer, timer._idleTimeout);
    }
    this[kTimeout] = timer;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

function onSocketTimer() {
  this._onTimeout();
}

function clearSocketTimer(socket) {
  const timer = socket[kTimeout];
  if (timer) {
    timers.unenroll(timer);
    socket[kTimeout] = null;
    socket[kSpareTimeout] = timer;
  }
}

Socket.prototype._onTimeout = function _onTimeout() {
  const handle = this._handle;
  const lastWriteQueueSize = this[kLastWriteQueueSize];
  if (lastWriteQueueSize > 0 && handle) {
    // A write still draining is activity: wait for it rather than time out.
    const writeQueueSize = handle.getWriteQueueSize();
    if (lastWriteQueueSize !== writeQueueSize) {
      this[kLastWriteQueueSize] = writeQueueSize;
      this._unrefTimer();
      return;
    }
  }
  this.emit('timeout');
};

// Options ----------------------------------------------------------------------------------------

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);  // no argument means true
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.setNoDelay && enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    this._handle.setNoDelay(enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    return this;
  }
  if (!this._handle.setKeepAlive) return this;
  if (enable !== this[kSetKeepAlive] || (enable && this[kSetKeepAliveInitialDelay] !== initialDelay)) {
    this[kSetKeepAlive] = enable;
    this[kSetKeepAliveInitialDelay] = initialDelay;
    this._handle.setKeepAlive(enable, initialDelay);
  }
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

// State ------------------------------------------------------------------------------------------

Object.defineProperties(Socket.prototype, {
  _connecting: {
    __proto__: null,
    get() { return this.connecting; },
    configurable: true,
  },
  pending: {
    __proto__: null,
    get() { return !this._handle || this.connecting; },
    configurable: true,
  },
  readyState: {
    __proto__: null,
    get() {
      if (this.connecting) return 'opening';
      if (this.readable && this.writable) return 'open';
      if (this.readable && !this.writable) return 'readOnly';
      if (!this.readable && this.writable) return 'writeOnly';
      return 'closed';
    },
    configurable: true,
  },
  bufferSize: {
    __proto__: null,
    get() { return this._handle ? this.writableLength : undefined; },
    configurable: true,
  },
});

// Reading ----------------------------------------------------------------------------------------

Socket.prototype._read = function _read(size) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(size));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function end(data, encoding, callback) {
  Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

// Reads a C++ consumer takes (the http server's parser) bypass the Readable: whatever needs them
// to pass through it again stops that first.
Socket.prototype.on = function on(event, listener) {
  if (this[kConsumerArmed] === true && (event === 'data' || event === 'readable')) disarmConsumer(this);
  return Duplex.prototype.on.call(this, event, listener);
};
Socket.prototype.addListener = Socket.prototype.on;

Socket.prototype.prependListener = function prependListener(event, listener) {
  if (this[kConsumerArmed] === true && (event === 'data' || event === 'readable')) disarmConsumer(this);
  return Duplex.prototype.prependListener.call(this, event, listener);
};

Socket.prototype.unshift = function unshift(chunk, encoding) {
  disarmConsumer(this);
  return Duplex.prototype.unshift.call(this, chunk, encoding);
};

// With a user buffer there is no Readable backpressure, so pause and resume act on the handle.
Socket.prototype.pause = function pause() {
  disarmConsumer(this);
  if (this[kUserBufferCallback] && !this.connecting && this._handle?.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(new ErrnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kUserBufferCallback] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(size) {
  if (this[kUserBufferCallback] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return Duplex.prototype.read.call(this, size);
};

// Ending and destroying ----------------------------------------------------------------------------

// The writable side finished: send a FIN (uv_shutdown).
Socket.prototype._final = function _final(callback) {
  if (this.pending) {
    this.once('connect', () => this._final(callback));
    return;
  }
  if (!this._handle) {
    callback();
    return;
  }
  const result = this._handle.shutdown();
  if (typeof result === 'number') {
    // ENOTCONN: the peer is gone already; there is nothing to shut down.
    if (result === UV_ENOTCONN) callback();
    else callback(new ErrnoException(result, 'shutdown'));
    return;
  }
  result.oncomplete = function afterShutdown() { callback(); };
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (!(this._handle instanceof TCP)) throw new ERR_INVALID_HANDLE_TYPE();
    if (this.connecting) this.once('connect', () => this._reset());
    else this._reset();
  } else {
    this.destroy(new ERR_SOCKET_CLOSED());
  }
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

Socket.prototype._destroy = function _destroy(exception, callback) {
  this.connecting = false;
  for (let socket = this; socket !== null; socket = socket._parent) {
    clearSocketTimer(socket);
  }
  const handle = this._handle;
  if (handle) {
    const hadError = Boolean(exception);
    const emitClose = () => this.emit('close', hadError);
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = handle.reset(emitClose);
      if (err) this.emit('error', new ErrnoException(err, 'reset'));
    } else {
      handle.close(emitClose);
    }
    handle.onread = noop;
    this._handle = null;
    this._sockname = null;
    callback(exception);
  } else {
    callback(exception);
    // Without a handle there was never a connection: node emits 'close' with no argument.
    process.nextTick(() => this.emit('close'));
  }
  if (this._server) {
    this._server._connections--;
    this._server._emitCloseIfDrained?.();
  }
};

// Addresses --------------------------------------------------------------------------------------

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || !this._handle.getpeername || this.connecting) return this._peername || {};
  if (!this._peername) {
    const out = {};
    if (this._handle.getpeername(out) !== 0) return out;
    this._peername = out;
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || !this._handle.getsockname) return {};
  if (!this._sockname) {
    this._sockname = {};
    this._handle.getsockname(this._sockname);
  }
  return this._sockname;
};

function defineGetters(getters) {
  for (const [name, get] of Object.entries(getters)) {
    Object.defineProperty(Socket.prototype, name, { __proto__: null, get, configurable: true, enumerable: false });
  }
}

defineGetters({
  bytesRead() {
    return this[kBytesRead];
  },
  remoteAddress() { return this._getpeername().address; },
  remoteFamily() { return this._getpeername().family; },
  remotePort() { return this._getpeername().port; },
  localAddress() { return this._getsockname().address; },
  localPort() { return this._getsockname().port; },
  localFamily() { return this._getsockname().family; },
});

// Writing ------------------------------------------------------------------------------------------

Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, callback) {
  // Before the connection is up, hold the data until 'connect'.
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => callback(new ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
    this.once('connect', function onConnect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, callback);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    callback(new ERR_SOCKET_CLOSED());
    return false;
  }
  this._unrefTimer();
  const handle = this._handle;
  const wentAsync = writev ?
    writevGeneric(this, handle, data, callback) :
    writeGeneric(this, handle, data, encoding, callback);
  if (wentAsync) this[kLastWriteQueueSize] = handle.getWriteQueueSize();
};

Socket.prototype._writev = function _writev(chunks, callback) {
  this._writeGeneric(true, chunks, '', callback);
};

Socket.prototype._write = function _write(data, encoding, callback) {
  this._writeGeneric(false, data, encoding, callback);
};

function byteLengthOf(chunk, encoding) {
  if (typeof chunk === 'string') return Buffer.byteLength(chunk, encoding);
  return chunk.byteLength;
}

defineGetters({
  _bytesDispatched() { return this[kBytesDispatched]; },
  // What was handed to the OS, plus what still waits in the Writable's buffer.
  bytesWritten() {
    let bytes = this[kBytesDispatched];
    const buffered = this.writableBuffer;
    if (!buffered) return undefined;
    for (const entry of buffered) bytes += byteLengthOf(entry.chunk, entry.encoding);
    const pending = this._pendingData;
    if (Array.isArray(pending)) {
      for (const entry of pending) bytes += byteLengthOf(entry.chunk, entry.encoding);
    } else if (pending) {
      bytes += byteLengthOf(pending, this._pendingEncoding);
    }
    return bytes;
  },
});

// Connecting ---------------------------------------------------------------------------------------

Socket.prototype.connect = function connect(...args) {
  const normalized = Array.isArray(args[0]) && args[0][normalizedArgsSymbol] ? args[0] : normalizeArgs(args);
  const [options, callback] = normalized;
  if (callback !== null) this.once('connect', callback);
  if (this._parent?.connecting || this.connecting) return this;
  if (options.port === undefined && options.path == null) {
    throw new ERR_MISSING_ARGS(['options', 'port', 'path']);
  }
  if (options.timeout) this.setTimeout(options.timeout);
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;

  // A destroyed socket may connect again.
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
  }

  const { path } = options;
  const isPipe = Boolean(path);
  if (!this._handle) {
    this._handle = isPipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    initSocketHandle(this);
    // bytesRead and bytesWritten count the current connection's bytes: a socket connecting
    // again starts from zero (the last connection's totals stay readable until then).
    this[kBytesRead] = 0;
    this[kBytesDispatched] = 0;
  }
  this._unrefTimer();
  this.connecting = true;

  if (isPipe) {
    validateString(path, 'options.path');
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

Socket.prototype[kReinitializeHandle] = function reinitializeHandle(handle) {
  this._handle?.close();
  this._handle = handle;
  initSocketHandle(this);
};

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  if (typeof this._handle.ref === 'function') this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  if (typeof this._handle.unref === 'function') this._handle.unref();
  return this;
};

module.exports = {
  Socket,
  normalizeArgs,
  isPipeName,
  toNumber,
  createHandle,
  kTimeout,
};
