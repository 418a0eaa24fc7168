'use strict';
// net.Socket: a Duplex stream over a TCP or pipe handle (src/tcp_wrap.cc, src/pipe_wrap.cc),
// and the client side of connecting: argument normalization, host lookup, and trying several
// addresses in turn ("happy eyeballs", autoSelectFamily).
//
// The socket's handle is `_handle` (null before connect() and after destroy()). Reading
// starts when the Readable side first asks (_read) and stops under backpressure; writes go
// through internal/stream_base_commons, which tries to write at once.

const { Duplex } = require('stream');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { guessHandleType } = internalBinding('util');
const { UV_ECANCELED, UV_ETIMEDOUT, UV_ENOTCONN } = internalBinding('uv');
const {
  kOwner,
  kUpdateTimer,
  kAfterAsyncWrite,
  kBytesRead,
  kBytesDispatched,
  writeGeneric,
  writevGeneric,
  onStreamRead,
  tryReadStart,
} = require('internal/stream_base_commons');
const { isIP } = require('internal/net');
const timers = require('internal/timers');
const {
  codes: {
    ERR_INVALID_ADDRESS_FAMILY,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FD_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_INVALID_IP_ADDRESS,
    ERR_SOCKET_CLOSED,
    ERR_SOCKET_CLOSED_BEFORE_CONNECTION,
    ERR_SOCKET_CONNECTION_TIMEOUT,
    ERR_MISSING_ARGS,
  },
  ErrnoException,
  ExceptionWithHostPort,
  genericNodeError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validatePort,
  validateString,
} = require('internal/validators');

const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kNormalizedArgs = Symbol('normalizedArgs');
const kReinitializeHandle = Symbol('kReinitializeHandle');
const kHandle = Symbol('kHandle');
// onread: { buffer, callback } sockets read into the user's buffer instead of allocating.
const kUserBuffer = Symbol('kUserBuffer');
const kUserBufferCallback = Symbol('kUserBufferCallback');
const kUserBufferFactory = Symbol('kUserBufferFactory');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

// The host name lookup: dns.lookup once the dns module exists, lode's stand-in until then.
let defaultLookupFunction;
function defaultLookup() {
  if (defaultLookupFunction === undefined) {
    try {
      defaultLookupFunction = require('dns').lookup;
    } catch {
      defaultLookupFunction = require('internal/net').lookup;
    }
  }
  return defaultLookupFunction;
}
const kAddrConfigHint = 32;  // dns.ADDRCONFIG (AI_ADDRCONFIG)

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
  normalized[kNormalizedArgs] = true;
  return normalized;
}

// A handle for an inherited descriptor, by what the descriptor is.
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = guessHandleType(fd);
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
  if (options?.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
  }

  this.connecting = false;
  this._hadError = false;
  this[kHandle] = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
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
  Duplex.call(this, options);

  if (options.handle) {
    this._handle = options.handle;
  } else if (options.fd !== undefined) {
    const { fd } = options;
    this._handle = createHandle(fd, false);
    const err = this._handle.open(fd);
    if (err) throw new ErrnoException(err, 'open');
  }

  const { onread } = options;
  if (onread !== null && typeof onread === 'object' &&
      (onread.buffer instanceof Uint8Array || typeof onread.buffer === 'function') &&
      typeof onread.callback === 'function') {
    if (typeof onread.buffer === 'function') {
      this[kUserBuffer] = true;
      this[kUserBufferFactory] = onread.buffer;
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

  if (options.signal) addAbortSignal(this, options.signal);

  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
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
  handle.onread = socket[kUserBuffer] ? onUserBufferRead : onStreamRead;
}

// onread with a user buffer: the bytes arrive as a Buffer copied into that buffer.
function onUserBufferRead(arrayBuffer) {
  const socket = this[kOwner];
  const { streamBaseState, kReadBytesOrError } = internalBinding('stream_wrap');
  const nread = streamBaseState[kReadBytesOrError];
  if (nread <= 0 || socket.destroyed) {
    onStreamRead.call(this, arrayBuffer);
    return;
  }
  socket[kUpdateTimer]();
  socket[kBytesRead] += nread;
  let target = socket[kUserBuffer];
  if (socket[kUserBufferFactory]) target = socket[kUserBufferFactory]();
  const bytes = new Uint8Array(arrayBuffer, 0, nread);
  // More arrived than fits: hand it over in buffer-sized pieces.
  for (let offset = 0; offset < nread;) {
    const count = Math.min(target.byteLength, nread - offset);
    target.set(bytes.subarray(offset, offset + count));
    offset += count;
    if (socket[kUserBufferCallback](count, target) === false) {
      this.reading = false;
      this.readStop();
    }
  }
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
  if (this[kTimeout]) {
    require('timers').clearTimeout(this[kTimeout]);
    this[kTimeout] = null;
  }
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    const timer = new timers.Timeout(() => this._onTimeout(), msecs, undefined, false, false);
    timers.insert(timer, timer._idleTimeout);
    this[kTimeout] = timer;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

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

// With a user buffer there is no Readable backpressure, so pause and resume act on the handle.
Socket.prototype.pause = function pause() {
  if (this[kUserBuffer] && !this.connecting && this._handle?.reading) {
    this._handle.reading = false;
    if (!this.destroyed) {
      const err = this._handle.readStop();
      if (err) this.destroy(new ErrnoException(err, 'read'));
    }
  }
  return Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  if (this[kUserBuffer] && !this.connecting && this._handle && !this._handle.reading) {
    tryReadStart(this);
  }
  return Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(size) {
  if (this[kUserBuffer] && !this.connecting && this._handle && !this._handle.reading) {
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
    if (socket[kTimeout]) {
      require('timers').clearTimeout(socket[kTimeout]);
      socket[kTimeout] = null;
    }
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
  const normalized = Array.isArray(args[0]) && args[0][kNormalizedArgs] ? args[0] : normalizeArgs(args);
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

function socketToDnsFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

function lookupAndConnect(socket, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port, autoSelectFamily, autoSelectFamilyAttemptTimeout } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (port !== undefined) {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  if (autoSelectFamily != null) validateBoolean(autoSelectFamily, 'options.autoSelectFamily');
  else autoSelectFamily = autoSelectFamilyDefault;
  if (autoSelectFamilyAttemptTimeout != null) {
    validateInt32(autoSelectFamilyAttemptTimeout, 'options.autoSelectFamilyAttemptTimeout', 1);
    if (autoSelectFamilyAttemptTimeout < 10) autoSelectFamilyAttemptTimeout = 10;
  } else {
    autoSelectFamilyAttemptTimeout = autoSelectFamilyAttemptTimeoutDefault;
  }

  // An IP literal needs no lookup; connect on the next tick, as after a lookup.
  const literalFamily = isIP(host);
  if (literalFamily) {
    process.nextTick(() => {
      if (socket.connecting) internalConnect(socket, host, port, literalFamily, localAddress, localPort);
    });
    return;
  }

  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dnsOptions = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && dnsOptions.hints === 0) {
    dnsOptions.hints = kAddrConfigHint;
  }
  socket._host = host;
  const lookup = options.lookup || defaultLookup();

  if (dnsOptions.family !== 4 && dnsOptions.family !== 6 && !localAddress && autoSelectFamily) {
    dnsOptions.all = true;
    lookupAndConnectMultiple(socket, lookup, host, options, dnsOptions, port, localPort,
                             autoSelectFamilyAttemptTimeout);
    return;
  }

  lookup(host, dnsOptions, function emitLookup(err, ip, addressType) {
    socket.emit('lookup', err, ip, addressType, host);
    if (!socket.connecting) return;  // destroyed meanwhile
    if (err) {
      process.nextTick(connectErrorNT, socket, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, socket, new ERR_INVALID_IP_ADDRESS(ip));
    } else if (addressType !== 4 && addressType !== 6) {
      process.nextTick(connectErrorNT, socket,
                       new ERR_INVALID_ADDRESS_FAMILY(addressType, options.host, options.port));
    } else {
      socket._unrefTimer();
      internalConnect(socket, ip, port, addressType, localAddress, localPort);
    }
  });
}

function connectErrorNT(socket, err) {
  socket.destroy(err);
}

// Several addresses: try them in turn, alternating families (the family of the first answer
// goes first), each given `attemptTimeout` ms before the next one starts.
function lookupAndConnectMultiple(socket, lookup, host, options, dnsOptions, port, localPort, attemptTimeout) {
  lookup(host, dnsOptions, function emitLookup(err, addresses) {
    if (!socket.connecting) return;
    if (err) {
      socket.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, socket, err);
      return;
    }
    const byFamily = [[], []];
    let order;
    for (const entry of addresses) {
      const { address: ip, family } = entry;
      socket.emit('lookup', err, ip, family, host);
      if (!socket.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        order ??= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const group = byFamily[order[family]];
        if (!group.some((seen) => seen.address === ip)) group.push(entry);
      }
    }
    if (byFamily[0].length === 0 && byFamily[1].length === 0) {
      const { address: firstIp, family: firstFamily } = addresses[0] ?? {};
      if (!isIP(firstIp)) {
        process.nextTick(connectErrorNT, socket, new ERR_INVALID_IP_ADDRESS(firstIp));
      } else if (firstFamily !== 4 && firstFamily !== 6) {
        process.nextTick(connectErrorNT, socket,
                         new ERR_INVALID_ADDRESS_FAMILY(firstFamily, options.host, options.port));
      }
      return;
    }
    const attempts = [];
    for (let i = 0; i < Math.max(byFamily[0].length, byFamily[1].length); i++) {
      if (i < byFamily[0].length) attempts.push(byFamily[0][i]);
      if (i < byFamily[1].length) attempts.push(byFamily[1][i]);
    }
    socket._unrefTimer();
    if (attempts.length === 1) {
      internalConnect(socket, attempts[0].address, port, attempts[0].family, undefined, localPort);
      return;
    }
    socket.autoSelectFamilyAttemptedAddresses = [];
    internalConnectMultiple({
      socket,
      addresses: attempts,
      current: 0,
      port,
      localPort,
      timeout: attemptTimeout,
      timer: null,
      errors: [],
    });
  });
}

function internalConnect(socket, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress ||= DEFAULT_IPV4_ADDR;
      err = socket._handle.bind(localAddress, localPort, 0);
    } else {
      localAddress ||= DEFAULT_IPV6_ADDR;
      err = socket._handle.bind6(localAddress, localPort, 0);
    }
    if (err) {
      socket.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  let result;
  if (addressType === 4 || addressType === 6) {
    socket.emit('connectionAttempt', address, port, addressType);
    result = addressType === 4 ? socket._handle.connect(address, port) : socket._handle.connect6(address, port);
  } else {
    result = socket._handle.connect(address);
  }
  if (typeof result === 'number') {
    const sockname = socket._getsockname();
    const details = sockname.address === undefined ? undefined : `${sockname.address}:${sockname.port}`;
    socket.destroy(new ExceptionWithHostPort(result, 'connect', address, port, details));
    return;
  }
  Object.assign(result, { address, port, localAddress, localPort, addressType });
  result.oncomplete = afterConnect;
}

function internalConnectMultiple(context, canceled) {
  clearAttemptTimer(context);
  const { socket } = context;
  if (canceled || context.current === context.addresses.length) {
    if (context.errors.length === 0) {
      socket.destroy(new ERR_SOCKET_CONNECTION_TIMEOUT());
    } else {
      // node's AggregateError here carries the first failure's code.
      const err = new AggregateError(context.errors);
      err.code = context.errors[0].code;
      socket.destroy(err);
    }
    return;
  }

  const current = context.current++;
  if (current > 0) socket[kReinitializeHandle](new TCP(TCPConstants.SOCKET));
  const { localPort, port } = context;
  const { address, family } = context.addresses[current];

  if (localPort) {
    const localAddress = family === 4 ? DEFAULT_IPV4_ADDR : DEFAULT_IPV6_ADDR;
    const err = family === 4 ?
      socket._handle.bind(localAddress, localPort, 0) :
      socket._handle.bind6(localAddress, localPort, 0);
    if (err) {
      const ex = new ExceptionWithHostPort(err, 'bind', localAddress, localPort);
      context.errors.push(ex);
      socket.emit('connectionAttemptFailed', address, port, family, ex);
      internalConnectMultiple(context);
      return;
    }
  }

  socket.emit('connectionAttempt', address, port, family);
  socket.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  const result = family === 4 ? socket._handle.connect(address, port) : socket._handle.connect6(address, port);
  if (typeof result === 'number') {
    const sockname = socket._getsockname();
    const details = sockname.address === undefined ? undefined : `${sockname.address}:${sockname.port}`;
    const ex = new ExceptionWithHostPort(result, 'connect', address, port, details);
    context.errors.push(ex);
    socket.emit('connectionAttemptFailed', address, port, family, ex);
    internalConnectMultiple(context);
    return;
  }
  Object.assign(result, { address, port, localPort, addressType: family });
  result.oncomplete = (status, handle, req, readable, writable) =>
    afterConnectMultiple(context, current, status, handle, req, readable, writable);

  if (current < context.addresses.length - 1) {
    const handle = socket._handle;
    context.timer = require('timers').setTimeout(() => onAttemptTimeout(context, result, handle), context.timeout);
  }
}

function clearAttemptTimer(context) {
  if (context.timer) {
    require('timers').clearTimeout(context.timer);
    context.timer = null;
  }
}

function onAttemptTimeout(context, req, handle) {
  context.timer = null;
  context.socket.emit('connectionAttemptTimeout', req.address, req.port, req.addressType);
  req.oncomplete = undefined;
  context.errors.push(new ExceptionWithHostPort(UV_ETIMEDOUT, 'connect', req.address, req.port));
  handle.close();
  if (context.socket.connecting) internalConnectMultiple(context);
}

function afterConnectMultiple(context, current, status, handle, req, readable, writable) {
  clearAttemptTimer(context);
  // A connection that succeeded after its attempt timed out is not wanted any more.
  if (status === 0 && current !== context.current - 1) {
    handle.close();
    return;
  }
  const { socket } = context;
  if (status !== 0) {
    const ex = connectError(status, req);
    context.errors.push(ex);
    socket.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    if (socket.connecting) internalConnectMultiple(context, status === UV_ECANCELED);
    return;
  }
  afterConnect(status, handle, req, readable, writable);
}

function connectError(status, req) {
  const details = req.localAddress && req.localPort ? `${req.localAddress}:${req.localPort}` : undefined;
  const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
  if (details) {
    ex.localAddress = req.localAddress;
    ex.localPort = req.localPort;
  }
  return ex;
}

function afterConnect(status, handle, req, readable, writable) {
  const socket = handle[kOwner];
  if (socket.destroyed) return;  // destroy() came first
  socket.connecting = false;
  socket._sockname = null;
  if (status !== 0) {
    const ex = connectError(status, req);
    socket.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    socket.destroy(ex);
    return;
  }
  if (socket.readable && !readable) {
    socket.push(null);
    socket.read();
  }
  if (socket.writable && !writable) socket.end();
  socket._unrefTimer();
  if (socket[kSetNoDelay] && socket._handle.setNoDelay) socket._handle.setNoDelay(true);
  if (socket[kSetKeepAlive] && socket._handle.setKeepAlive) {
    socket._handle.setKeepAlive(true, socket[kSetKeepAliveInitialDelay]);
  }
  socket.emit('connect');
  socket.emit('ready');
  // Start reading (or meet an immediate EOF) unless the user paused the socket.
  if (readable && !socket.isPaused()) socket.read(0);
}

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

// Defaults -----------------------------------------------------------------------------------------

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

module.exports = {
  Socket,
  normalizeArgs,
  isPipeName,
  toNumber,
  createHandle,
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kTimeout,
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  defaultLookup,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
