'use strict';
// net.Server: listens on a TCP port, a Unix socket path, an inherited descriptor or a given
// handle, and wraps each accepted connection in a net.Socket.

const EventEmitter = require('events');
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const { UV_EINVAL } = internalBinding('uv');
const { getDefaultHighWaterMark } = require('internal/streams/state');
const { kOwner } = require('internal/stream_base_commons');
const { kPeers, countConnections, closeWithPeers } = require('internal/child_process/handed_sockets');
const {
  Socket,
  normalizeArgs,
  isPipeName,
  toNumber,
  createHandle,
} = require('internal/net/socket');
const {
  kSetNoDelay,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  DEFAULT_IPV4_ADDR,
  DEFAULT_IPV6_ADDR,
  defaultLookup,
} = require('internal/net/connect');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
  },
  ErrnoException,
  uvErrmapGet,
} = require('internal/errors');
const { validateAbortSignal, validateNumber, validatePort } = require('internal/validators');

// `listen EADDRINUSE: address already in use :::8080`, node's form for listen errors.
function listenError(errno, syscall, address, port) {
  const [code, message] = uvErrmapGet(errno) || ['UNKNOWN', 'unknown error'];
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const err = new Error(`${syscall} ${code}: ${message}${details}`);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  Error.captureStackTrace(err, listenError);
  return err;
}

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  if (options.keepAliveInitialDelay !== undefined) {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (options.highWaterMark !== undefined) {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = getDefaultHighWaterMark();
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = Boolean(options.pauseOnConnect);
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

// Making the listening handle ---------------------------------------------------------------------

// A bound handle, or a negative errno. No address means any: IPv6's "::" (which takes IPv4
// too) when the machine has IPv6, else "0.0.0.0".
function createServerHandle(address, port, addressType, fd, flags) {
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return UV_EINVAL;
    }
    const err = handle.open(fd | 0);  // checked by createHandle; -0 is no Int32 to V8
    if (err) return err;
    return handle;
  }
  if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }
  let err = 0;
  if (address || port || isTCP) {
    if (!address) {
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port, 4, undefined, flags & ~TCPConstants.UV_TCP_IPV6ONLY);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (isTCP) {
      err = handle.bind(address, port, flags & ~TCPConstants.UV_TCP_IPV6ONLY);
    } else {
      err = handle.bind(address);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

// Binds (unless the server was given a handle) and listens; errors are emitted on the next tick.
function setupListenHandle(address, port, addressType, backlog, fd, flags) {
  if (!this._handle) {
    let handle = null;
    if (!address && typeof fd !== 'number') {
      // Probe for IPv6 with the unspecified address first.
      handle = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof handle === 'number') {
        handle = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (handle === null) handle = createServerHandle(address, port, addressType, fd, flags);
    if (typeof handle === 'number') {
      process.nextTick(emitErrorNT, this, listenError(handle, 'listen', address, port));
      return;
    }
    this._handle = handle;
  }

  this._handle.onconnection = onConnection;
  this._handle[kOwner] = this;
  // 511: the kernel rounds backlog + 1 up to a power of two, giving 512 entries.
  // Any number becomes an int32 as node's binding converts it (2^31 would abort ours).
  const err = this._handle.listen((backlog || 511) | 0);
  if (err) {
    const ex = listenError(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
}

Server.prototype._listen2 = setupListenHandle;

function emitErrorNT(server, err) {
  server.emit('error', err);
}

function emitListeningNT(server) {
  if (server._handle) server.emit('listening');
}

// In a cluster worker a listen goes through the primary (internal/cluster/child), except an
// exclusive one, one on a handle the worker already has, and one that asked for SO_REUSEPORT
// itself; anywhere else it is a plain listen. (listen({ fd }) in a worker names a descriptor
// of the primary's, as in node.)
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  const clusterChild = require('internal/cluster/child');
  if (!clusterChild.isWorkerProcess() || exclusive || server._handle || (flags & TCPConstants.REUSEPORT)) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  clusterChild.listenViaPrimary(server, { address, port, addressType, backlog, fd, flags });
}

function lookupAndListen(server, port, address, backlog, exclusive, flags) {
  const listeningId = server._listeningId;
  defaultLookup()(address, {}, function doListen(err, ip, addressType) {
    if (listeningId !== server._listeningId) return;  // listen() was called again, or close()
    if (err) {
      server.emit('error', err);
    } else {
      listenInCluster(server, ip, port, ip ? addressType : 4, backlog, undefined, exclusive, flags);
    }
  });
}

function addServerAbortSignal(server, options) {
  if (options?.signal === undefined) return;
  validateAbortSignal(options.signal, 'options.signal');
  const { signal } = options;
  const onAborted = () => server.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    server.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const callback = normalized[1];
  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (callback !== null) this.once('listening', callback);
  // (handle|path|port, backlog) or (port, host, backlog)
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) || toNumber(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  let flags = options.ipv6Only ? TCPConstants.UV_TCP_IPV6ONLY : 0;
  // lode: SO_REUSEPORT, so that several processes can share the port (node 22's option).
  if (options.reusePort === true) flags |= TCPConstants.REUSEPORT;
  this._listeningId++;

  // listen(handle)
  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    listenInCluster(this, null, -1, -1, backlogFromArgs);
    return this;
  }
  addServerAbortSignal(this, options);

  // listen({ fd })
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }

  // listen(), listen(cb), listen(null) or { port: undefined | null }: any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (options.port === undefined && 'port' in options) || options.port === null) {
    options.port = 0;
  }
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    const backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive, flags);
    }
    return this;
  }

  // listen(path) or listen({ path }): a Unix domain socket.
  if (options.path && isPipeName(options.path)) {
    // An abstract socket (Linux: a name starting with NUL) has no file to chmod. (node's
    // message, typo and all.)
    if (String(options.path)[0] === '\0' && (options.readableAll || options.writableAll)) {
      throw new ERR_INVALID_ARG_VALUE('options', options,
                                      'can not set readableAll or writableAllt to true when path is abstract unix socket');
    }
    const pipeName = this._pipeName = options.path;
    const backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;  // failed; the error comes on the next tick
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw new ErrnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }

  if (!('port' in options) && !('path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

// Accepting ------------------------------------------------------------------------------------------

// handle.onconnection: `this` is the listening handle.
function onConnection(status, clientHandle) {
  const server = this[kOwner];
  if (status) {
    server.emit('error', new ErrnoException(status, 'accept'));
    return;
  }
  if (server.maxConnections != null && server._connections >= server.maxConnections) {
    server.emit('drop', describeDropped(clientHandle));
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: server.allowHalfOpen,
    pauseOnCreate: server.pauseOnConnect,
    readable: true,
    writable: true,
    readableHighWaterMark: server.highWaterMark,
    writableHighWaterMark: server.highWaterMark,
  });
  if (server.noDelay && clientHandle.setNoDelay) {
    socket[kSetNoDelay] = true;
    clientHandle.setNoDelay(true);
  }
  if (server.keepAlive && clientHandle.setKeepAlive) {
    socket[kSetKeepAlive] = true;
    socket[kSetKeepAliveInitialDelay] = server.keepAliveInitialDelay;
    clientHandle.setKeepAlive(true, server.keepAliveInitialDelay);
  }
  server._connections++;
  socket.server = server;
  socket._server = server;
  server.emit('connection', socket);
}

// The 'drop' event's data: both ends of a connection refused over maxConnections.
function describeDropped(clientHandle) {
  if (!clientHandle.getsockname && !clientHandle.getpeername) return undefined;
  const data = { __proto__: null };
  if (clientHandle.getsockname) {
    const local = { __proto__: null };
    clientHandle.getsockname(local);
    data.localAddress = local.address;
    data.localPort = local.port;
    data.localFamily = local.family;
  }
  if (clientHandle.getpeername) {
    const remote = { __proto__: null };
    clientHandle.getpeername(remote);
    data.remoteAddress = remote.address;
    data.remotePort = remote.port;
    data.remoteFamily = remote.family;
  }
  return data;
}

// State and control -----------------------------------------------------------------------------------

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return Boolean(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function address() {
  if (this._handle?.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw new ErrnoException(err, 'address');
    return out;
  }
  if (this._pipeName) return this._pipeName;
  return null;
};

// Connections sent to other processes still count while they hold them
// (internal/child_process/handed_sockets).
Server.prototype.getConnections = function getConnections(callback) {
  if (this[kPeers] !== undefined) countConnections(this, callback);
  else process.nextTick(callback, null, this._connections);
  return this;
};

Server.prototype.close = function close(callback) {
  if (typeof callback === 'function') {
    if (!this._handle) {
      this.once('close', function onClose() { callback(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', callback);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  if (this[kPeers] !== undefined) closeWithPeers(this);
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(server) {
  server.emit('close');
}

Server.prototype._setupWorker = function _setupWorker(socketList) {
  this._usingWorkers = true;
  this._workers.push(socketList);
};

Server.prototype.ref = function ref() {
  this._unref = false;
  this._handle?.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  this._handle?.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function asyncDispose() {
  if (!this._handle) return;
  await new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, socket) {
  if (event === 'connection') socket.destroy(err);
  else this.emit('error', err);
};

let connectionsWarned = false;
Object.defineProperty(Server.prototype, 'connections', {
  __proto__: null,
  get() {
    warnConnections();
    return this._connections;
  },
  set(value) {
    warnConnections();
    this._connections = value;
  },
  configurable: true,
  enumerable: false,
});

function warnConnections() {
  if (connectionsWarned) return;
  connectionsWarned = true;
  process.emitWarning('Server.connections property is deprecated. Use Server.getConnections method instead.',
                      'DeprecationWarning', 'DEP0020');
}

module.exports = {
  Server,
  createServerHandle,
};
