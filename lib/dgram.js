'use strict';
// dgram: UDP sockets over the 'udp_wrap' binding (src/udp_wrap.cc). A socket binds on first
// use; sends and connects made while it binds wait in a queue that runs on 'listening'.
// Host names go through the socket's lookup (dns.lookup unless the user gives one).

const EventEmitter = require('events');
const { deprecate } = require('internal/util');
const { Buffer } = require('buffer');
const { UDP, SendWrap, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR } } = internalBinding('udp_wrap');
const { guessHandleType } = internalBinding('util');
const {
  kOwner,
  kStateSymbol: kState,
  newHandle,
  adoptHandle,
  _createSocketHandle,
  sliceBuffer,
  toBufferList,
  SocketBufferSizeError,
} = require('internal/dgram');
const {
  codes: {
    ERR_INVALID_FD_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
  ErrnoException,
  ExceptionWithHostPort,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateNumber,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');


// diagnostics_channel: every new socket is published here.
const udpSocketChannel = require('diagnostics_channel').channel('udp.socket');

const UNBOUND = 0;
const BINDING = 1;
const BOUND = 2;
const DISCONNECTED = 0;
const CONNECTING = 1;
const CONNECTED = 2;

function Socket(type, listener) {
  EventEmitter.call(this);
  let options;
  let lookup;
  if (type !== null && typeof type === 'object') {
    options = type;
    type = options.type;
    lookup = options.lookup;
    if (options.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
  }
  const handle = newHandle(type, lookup);
  handle[kOwner] = this;
  this.type = type;
  if (typeof listener === 'function') this.on('message', listener);
  this[kState] = {
    handle,
    receiving: false,
    bindState: UNBOUND,
    connectState: DISCONNECTED,
    queue: undefined,
    reuseAddr: options?.reuseAddr,
    ipv6Only: options?.ipv6Only,
    recvBufferSize: options?.recvBufferSize,
    sendBufferSize: options?.sendBufferSize,
    lookup,
  };
  if (options?.signal !== undefined) {
    const { signal } = options;
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => {
      if (this[kState].handle) this.close();
    };
    if (signal.aborted) {
      onAborted();
    } else {
      signal.addEventListener('abort', onAborted);
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  if (udpSocketChannel.hasSubscribers) udpSocketChannel.publish({ socket: this });
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

function createSocket(type, listener) {
  return new Socket(type, listener);
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

function onMessage(nread, handle, bytes, rinfo) {
  const socket = handle[kOwner];
  if (nread < 0) {
    socket.emit('error', new ErrnoException(nread, 'recvmsg'));
    return;
  }
  const message = Buffer.from(bytes, 0, nread);
  rinfo.size = message.length;
  socket.emit('message', message, rinfo);
}

function bufferSize(socket, size, receive) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ctx = {};
  const result = socket[kState].handle.bufferSize(size >>> 0, receive, ctx);
  if (result === undefined) throw new SocketBufferSizeError(ctx);
  return result;
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

// Work asked for while the socket binds runs once it listens, or is dropped if binding fails.
function enqueue(socket, work) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    const onListenError = () => {
      socket.removeListener('listening', onListenSuccess);
      state.queue = undefined;
    };
    const onListenSuccess = () => {
      socket.removeListener(EventEmitter.errorMonitor, onListenError);
      const queue = state.queue;
      state.queue = undefined;
      for (const queued of queue) queued();
    };
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(work);
}

// bind([port][, address][, callback]) or bind(options[, callback]).
Socket.prototype.bind = function bind(port, addressOrCallback) {
  healthCheck(this);
  const state = this[kState];
  if (state.bindState !== UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
  state.bindState = BINDING;

  // The callback waits for 'listening'; a failed bind takes it away again (so a retry does
  // not pile callbacks up), and counts as handled.
  const callback = arguments[arguments.length - 1];
  if (typeof callback === 'function') {
    const removeListeners = () => {
      this.removeListener('error', removeListeners);
      this.removeListener('listening', onListening);
    };
    const onListening = () => {
      removeListeners();
      callback.call(this);
    };
    this.on('error', removeListeners);
    this.on('listening', onListening);
  }

  let address;
  let exclusive = false;
  if (port instanceof UDP) {
    // A bound handle from another process (child_process IPC): the socket takes it over.
    state.handle.close();
    state.handle = adoptHandle(port, this.type, state.lookup);
    state.handle[kOwner] = this;
    startListening(this);
    return this;
  }
  if (port !== null && typeof port === 'object') {
    // A descriptor that is no positive int32 is ignored, as in node: the socket binds anew.
    const { fd } = port;
    if (Number.isInteger(fd) && fd > 0 && fd <= 0x7fffffff) {
      // Only a UDP socket's descriptor can be taken over (a TCP one would be "open" too).
      const type = guessHandleType(fd);
      if (type !== 'UDP') {
        state.bindState = UNBOUND;
        throw new ERR_INVALID_FD_TYPE(type);
      }
      const err = state.handle.open(fd);
      if (err) {
        state.bindState = UNBOUND;
        throw new ErrnoException(err, 'open');
      }
      startListening(this);
      return this;
    }
    address = port.address || '';
    exclusive = port.exclusive === true;
    port = port.port;
  } else {
    address = typeof addressOrCallback === 'function' ? '' : addressOrCallback;
  }
  if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;  // closed meanwhile
    if (err) {
      state.bindState = UNBOUND;
      this.emit('error', err);
      return;
    }
    let flags = 0;
    if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
    if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
    // In a cluster worker a shared bind goes through the primary, which binds one socket for
    // all workers (node's way for UDP, whatever the scheduling policy).
    const clusterChild = require('internal/cluster/child');
    if (!exclusive && clusterChild.isWorkerProcess()) {
      clusterChild.bindViaPrimary(this, { address: ip, port: (port || 0) >>> 0, addressType: this.type, flags },
                                  (errno, received) => {
                                    if (!state.handle) {  // closed meanwhile
                                      received?.close();
                                      return;
                                    }
                                    if (errno) {
                                      state.bindState = UNBOUND;
                                      this.emit('error', new ExceptionWithHostPort(errno, 'bind', ip, port));
                                      return;
                                    }
                                    state.handle.close();
                                    state.handle = adoptHandle(received, this.type, state.lookup);
                                    state.handle[kOwner] = this;
                                    startListening(this);
                                  });
      return;
    }
    const status = state.handle.bind(ip, (port || 0) >>> 0, flags);
    if (status) {
      state.bindState = UNBOUND;
      this.emit('error', new ExceptionWithHostPort(status, 'bind', ip, port));
      return;
    }
    startListening(this);
  });
  return this;
};

// connect(port[, address][, callback])
Socket.prototype.connect = function connect(port, address, callback) {
  port = validatePort(port, 'Port', false);
  if (typeof address === 'function') {
    callback = address;
    address = '';
  } else if (address === undefined) {
    address = '';
  }
  validateString(address, 'address');
  const state = this[kState];
  if (state.connectState !== DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  state.connectState = CONNECTING;
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (state.bindState !== BOUND) {
    enqueue(this, () => startConnect(this, port, address, callback));
    return;
  }
  startConnect(this, port, address, callback);
};

function startConnect(socket, port, address, callback) {
  const state = socket[kState];
  if (callback) socket.once('connect', callback);
  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;
    if (!err) {
      const status = state.handle.connect(ip, port);
      if (status) err = new ExceptionWithHostPort(status, 'connect', address, port);
    }
    if (err) {
      state.connectState = DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          socket.removeListener('connect', callback);
          callback(err);
        } else {
          socket.emit('error', err);
        }
      });
      return;
    }
    state.connectState = CONNECTED;
    process.nextTick(() => socket.emit('connect'));
  });
}

Socket.prototype.disconnect = function disconnect() {
  const state = this[kState];
  if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const err = state.handle.disconnect();
  if (err) throw new ErrnoException(err, 'connect');
  state.connectState = DISCONNECTED;
};

// Unconnected: send(msg[, offset, length], port[, address][, callback]).
// Connected:   send(msg[, offset, length][, callback]).
Socket.prototype.send = function send(message, offset, length, port, address, callback) {
  const state = this[kState];
  const connected = state.connectState === CONNECTED;
  if (!connected) {
    if (address || (port && typeof port !== 'function')) {
      message = sliceBuffer(message, offset, length);
    } else {
      callback = port;
      port = offset;
      address = length;
    }
  } else {
    if (typeof length === 'number') {
      message = sliceBuffer(message, offset, length);
      if (typeof port === 'function') {
        callback = port;
        port = null;
      }
    } else {
      callback = offset;
    }
    if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
  }
  const list = toBufferList(message);
  if (!connected) port = validatePort(port, 'Port', false);
  if (typeof callback !== 'function') callback = undefined;
  if (typeof address === 'function') {
    callback = address;
    address = undefined;
  } else if (address != null) {
    validateString(address, 'address');
  }
  healthCheck(this);
  if (state.bindState === UNBOUND) this.bind({ port: 0, exclusive: true }, null);
  if (list.length === 0) list.push(Buffer.alloc(0));
  if (state.bindState !== BOUND) {
    enqueue(this, () => this.send(list, port, address, callback));
    return;
  }
  if (connected) {
    doSend(this, null, null, list, address, port, callback);
  } else {
    state.handle.lookup(address, (err, ip) => doSend(this, err, ip, list, address, port, callback));
  }
};

function doSend(socket, err, ip, list, address, port, callback) {
  const state = socket[kState];
  if (err) {
    if (callback) process.nextTick(callback, err);
    else process.nextTick(() => socket.emit('error', err));
    return;
  }
  if (!state.handle) return;
  const req = new SendWrap();
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const status = port ? state.handle.send(req, list, list.length, port, ip)
    : state.handle.send(req, list, list.length);
  if (status >= 1) {
    // Sent at once: status is the size plus one.
    if (callback) process.nextTick(callback, null, status - 1);
  } else if (status < 0 && callback) {
    process.nextTick(callback, new ExceptionWithHostPort(status, 'send', address, port));
  }
}

function afterSend(status, sent) {
  const err = status < 0 ? new ExceptionWithHostPort(status, 'send', this.address, this.port) : null;
  this.callback(err, sent);
}

Socket.prototype.close = function close(callback) {
  const state = this[kState];
  if (typeof callback === 'function') this.on('close', callback);
  if (state.queue !== undefined) {
    state.queue.push(() => this.close());
    return this;
  }
  healthCheck(this);
  stopReceiving(this);
  state.handle.close();
  state.handle = null;
  process.nextTick(() => this.emit('close'));
  return this;
};

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

Socket.prototype.address = function address() {
  healthCheck(this);
  const out = {};
  const err = this[kState].handle.getsockname(out);
  if (err) throw new ErrnoException(err, 'getsockname');
  return out;
};

Socket.prototype.remoteAddress = function remoteAddress() {
  healthCheck(this);
  const state = this[kState];
  if (state.connectState !== CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
  const out = {};
  const err = state.handle.getpeername(out);
  if (err) throw new ErrnoException(err, 'getpeername');
  return out;
};

Socket.prototype.setBroadcast = function setBroadcast(flag) {
  const err = this[kState].handle.setBroadcast(!!flag);
  if (err) throw new ErrnoException(err, 'setBroadcast');
};

Socket.prototype.setTTL = function setTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setTTL(ttl | 0);
  if (err) throw new ErrnoException(err, 'setTTL');
  return ttl;
};

Socket.prototype.setMulticastTTL = function setMulticastTTL(ttl) {
  validateNumber(ttl, 'ttl');
  const err = this[kState].handle.setMulticastTTL(ttl | 0);
  if (err) throw new ErrnoException(err, 'setMulticastTTL');
  return ttl;
};

Socket.prototype.setMulticastLoopback = function setMulticastLoopback(flag) {
  const err = this[kState].handle.setMulticastLoopback(!!flag);
  if (err) throw new ErrnoException(err, 'setMulticastLoopback');
  return flag;
};

Socket.prototype.setMulticastInterface = function setMulticastInterface(interfaceAddress) {
  healthCheck(this);
  validateString(interfaceAddress, 'interfaceAddress');
  const err = this[kState].handle.setMulticastInterface(interfaceAddress);
  if (err) throw new ErrnoException(err, 'setMulticastInterface');
};

// Interface arguments the binding takes: a string, or null for "any".
function interfaceArgument(value) {
  return value == null ? undefined : `${value}`;
}

function changeMembership(socket, method, multicastAddress, interfaceAddress) {
  healthCheck(socket);
  if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
  const err = socket[kState].handle[method](`${multicastAddress}`, interfaceArgument(interfaceAddress));
  if (err) throw new ErrnoException(err, method);
}

Socket.prototype.addMembership = function addMembership(multicastAddress, interfaceAddress) {
  changeMembership(this, 'addMembership', multicastAddress, interfaceAddress);
};

Socket.prototype.dropMembership = function dropMembership(multicastAddress, interfaceAddress) {
  changeMembership(this, 'dropMembership', multicastAddress, interfaceAddress);
};

function changeSourceMembership(socket, method, sourceAddress, groupAddress, interfaceAddress) {
  healthCheck(socket);
  validateString(sourceAddress, 'sourceAddress');
  validateString(groupAddress, 'groupAddress');
  const err = socket[kState].handle[method](sourceAddress, groupAddress, interfaceArgument(interfaceAddress));
  if (err) throw new ErrnoException(err, method);
}

Socket.prototype.addSourceSpecificMembership = function addSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  changeSourceMembership(this, 'addSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
};

Socket.prototype.dropSourceSpecificMembership = function dropSourceSpecificMembership(
  sourceAddress, groupAddress, interfaceAddress) {
  changeSourceMembership(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress, interfaceAddress);
};

Socket.prototype.ref = function ref() {
  this[kState].handle?.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  this[kState].handle?.unref();
  return this;
};

Socket.prototype.setRecvBufferSize = function setRecvBufferSize(size) {
  bufferSize(this, size, true);
};

Socket.prototype.setSendBufferSize = function setSendBufferSize(size) {
  bufferSize(this, size, false);
};

Socket.prototype.getRecvBufferSize = function getRecvBufferSize() {
  return bufferSize(this, 0, true);
};

Socket.prototype.getSendBufferSize = function getSendBufferSize() {
  return bufferSize(this, 0, false);
};

Socket.prototype.getSendQueueSize = function getSendQueueSize() {
  return this[kState].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function getSendQueueCount() {
  return this[kState].handle.getSendQueueCount();
};

if (Symbol.asyncDispose) {
  Socket.prototype[Symbol.asyncDispose] = async function asyncDispose() {
    if (!this[kState].handle) return;
    await new Promise((resolve) => this.close(resolve));
  };
}

// The legacy sendto(buffer, offset, length, port, address[, callback]): every argument
// required, checked by type.
Socket.prototype.sendto = function sendto(buffer, offset, length, port, address, callback) {
  validateNumber(offset, 'offset');
  validateNumber(length, 'length');
  validateNumber(port, 'port');
  validateString(address, 'address');
  this.send(buffer, offset, length, port, address, callback);
};

// Old underscored members, deprecated (DEP0112) and kept working.
function deprecatedState(name, field) {
  Object.defineProperty(Socket.prototype, name, {
    get: deprecate(function() {
      return this[kState][field];
    }, `Socket.prototype.${name} is deprecated`, 'DEP0112'),
    set: deprecate(function(value) {
      this[kState][field] = value;
    }, `Socket.prototype.${name} is deprecated`, 'DEP0112'),
    configurable: true,
  });
}
deprecatedState('_handle', 'handle');
deprecatedState('_receiving', 'receiving');
deprecatedState('_bindState', 'bindState');
deprecatedState('_queue', 'queue');
deprecatedState('_reuseAddr', 'reuseAddr');
Socket.prototype._healthCheck = deprecate(function _healthCheck() {
  healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated', 'DEP0112');
Socket.prototype._stopReceiving = deprecate(function _stopReceiving() {
  stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated', 'DEP0112');

module.exports = {
  _createSocketHandle: deprecate(_createSocketHandle, 'dgram._createSocketHandle() is deprecated', 'DEP0112'),
  createSocket,
  Socket,
};
