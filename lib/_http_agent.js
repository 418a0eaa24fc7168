'use strict';
// Agent: a pool of sockets per "host:port:localAddress[:family]". A request takes a free socket
// (last freed first, or first with scheduling 'fifo'), opens one while under maxSockets and
// maxTotalSockets, or waits in `requests`. `sockets` holds the sockets in use, `freeSockets`
// the idle ones, and totalSocketCount counts both (as node's); a socket that comes free while
// requests for other hosts wait is closed, so that its place goes to them.

const EventEmitter = require('events');
const net = require('net');
const { debug } = require('_http_common');
const { validateNumber, validateOneOf } = require('internal/validators');

// The options a queued request was given, to open a socket for it later.
const kRequestOptions = Symbol('kRequestOptions');

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  EventEmitter.call(this);
  this.defaultPort = 80;
  this.protocol = 'http:';
  this.options = { __proto__: null, ...options };
  if (this.options.noDelay === undefined) this.options.noDelay = true;
  this.options.path = null;
  this.requests = { __proto__: null };
  this.sockets = { __proto__: null };
  this.freeSockets = { __proto__: null };
  this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
  this.keepAlive = this.options.keepAlive || false;
  this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
  this.maxFreeSockets = this.options.maxFreeSockets || 256;
  this.scheduling = this.options.scheduling || 'lifo';
  this.maxTotalSockets = this.options.maxTotalSockets;
  this.totalSocketCount = 0;
  validateOneOf(this.scheduling, 'scheduling', ['fifo', 'lifo']);
  if (this.maxTotalSockets !== undefined) {
    validateNumber(this.maxTotalSockets, 'maxTotalSockets');
    if (!(this.maxTotalSockets > 0)) {
      const { ERR_OUT_OF_RANGE } = require('internal/errors').codes;
      throw new ERR_OUT_OF_RANGE('maxTotalSockets', '> 0', this.maxTotalSockets);
    }
  } else {
    this.maxTotalSockets = Infinity;
  }
  this.on('free', onAgentFree);
}
Object.setPrototypeOf(Agent.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

// A socket is done with its request: it goes to a request waiting for its host, into the
// free pool, or away.
function onAgentFree(socket, options) {
  const name = this.getName(options);
  debug('agent.on(free)', name);
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const waiting = this.requests[name];
  if (waiting && waiting.length > 0) {
    const req = waiting.shift();
    if (waiting.length === 0) delete this.requests[name];
    req[kRequestOptions] = undefined;
    setRequestSocket(this, req, socket);
    return;
  }
  const req = socket._httpMessage;
  if (!req || !req.shouldKeepAlive || !this.keepAlive) {
    socket.destroy();
    return;
  }
  const free = this.freeSockets[name] || [];
  const inUse = this.sockets[name] ? this.sockets[name].length : 0;
  if (this.totalSocketCount > this.maxTotalSockets || free.length + inUse > this.maxSockets ||
      free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
    socket.destroy();
    return;
  }
  // A kept socket still counts in totalSocketCount: if requests for other hosts wait, its
  // place serves them better (closing it starts their socket).
  for (const other in this.requests) {
    if (this.requests[other].length > 0) {
      socket.destroy();
      return;
    }
  }
  this.freeSockets[name] = free;
  socket._httpMessage = null;
  removeFrom(this.sockets, name, socket);
  free.push(socket);
  // In use, a socket's errors are its request's; idle, an error just ends it.
  socket.once('error', onFreeSocketError);
}

function onFreeSocketError() {
  this.destroy();
  this.emit('agentRemove');
}

Agent.prototype.getName = function getName(options = {}) {
  let name = options.host || 'localhost';
  name += ':';
  if (options.port) name += options.port;
  name += ':';
  if (options.localAddress) name += options.localAddress;
  if (options.family === 4 || options.family === 6) name += `:${options.family}`;
  if (options.socketPath) name += `:${options.socketPath}`;
  return name;
};

Agent.prototype.addRequest = function addRequest(req, options, port, localAddress) {
  // The legacy form: addRequest(req, host, port, localAddress).
  if (typeof options === 'string') options = { host: options, port, localAddress };
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  const name = this.getName(options);
  const free = this.freeSockets[name];
  let socket;
  if (free) {
    while (free.length > 0 && free[0].destroyed) free.shift();
    socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
    if (free.length === 0) delete this.freeSockets[name];
  }
  if (socket) {
    debug('have free socket', name);
    this.reuseSocket(socket, req);
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    setRequestSocket(this, req, socket);
    return;
  }
  const open = (this.sockets[name] ? this.sockets[name].length : 0) +
    (this.freeSockets[name] ? this.freeSockets[name].length : 0);
  if (open < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
    this.createSocket(req, options, (error, created) => {
      if (error) req.onSocket(created, error);
      else setRequestSocket(this, req, created);
    });
    return;
  }
  req[kRequestOptions] = options;
  (this.requests[name] || (this.requests[name] = [])).push(req);
};

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.createSocket = function createSocket(req, options, callback) {
  options = { __proto__: null, ...options, ...this.options };
  if (options.socketPath) options.path = options.socketPath;
  const name = this.getName(options);
  options._agentKey = name;
  if (this.keepAlive) {  // the socket turns TCP keep-alive on as it connects
    options.keepAlive = true;
    options.keepAliveInitialDelay = this.keepAliveMsecs;
  }
  options.encoding = null;  // a request's `encoding` is not its socket's: the parser reads bytes
  let called = false;
  const done = (error, socket) => {
    if (called) return;
    called = true;
    if (error) return callback(error);
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    this.totalSocketCount++;
    installListeners(this, socket, options);
    callback(null, socket);
  };
  debug('createConnection', name);
  const socket = this.createConnection(options, done);
  if (socket) done(null, socket);
};

function installListeners(agent, socket, options) {
  function onFree() { agent.emit('free', socket, options); }
  // Closing is the one way out of the pool.
  function onClose() { agent.removeSocket(socket, options); }
  function onTimeout() {
    if (!socket._httpMessage) socket.destroy();
  }
  // An upgraded socket leaves the pool for good.
  function onRemove() {
    agent.removeSocket(socket, options);
    socket.removeListener('free', onFree);
    socket.removeListener('close', onClose);
    socket.removeListener('timeout', onTimeout);
    socket.removeListener('agentRemove', onRemove);
  }
  socket.on('free', onFree);
  socket.on('close', onClose);
  socket.on('agentRemove', onRemove);
  socket.on('timeout', onTimeout);
}

// Takes a socket out of use (and, once it cannot be written, out of the free pool too); the
// place it leaves goes to a waiting request: one for the same host first, else the first
// waiting for a host that has no socket in use.
Agent.prototype.removeSocket = function removeSocket(socket, options) {
  const name = this.getName(options);
  debug('removeSocket', name, 'writable:', socket.writable);
  // totalSocketCount counts the sockets in use and the free ones.
  if (removeFrom(this.sockets, name, socket) || removeFrom(this.freeSockets, name, socket)) {
    this.totalSocketCount--;
  }
  let req;
  let target;
  const sameHost = this.requests[name];
  if (sameHost && sameHost.length > 0) {
    req = sameHost[0];
    target = req[kRequestOptions] || options;
  } else {
    for (const other of Object.keys(this.requests)) {
      if (this.sockets[other] && this.sockets[other].length > 0) break;
      req = this.requests[other][0];
      target = req[kRequestOptions];
      break;
    }
  }
  if (req === undefined || !target) return;
  req[kRequestOptions] = undefined;
  // The new socket reaches the request through 'free', which takes it off the queue.
  this.createSocket(req, target, (error, created) => {
    if (!error) {
      created.emit('free');
      return;
    }
    for (const key of Object.keys(this.requests)) removeFrom(this.requests, key, req);
    req.onSocket(created, error);
  });
};

Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
  socket.setKeepAlive(true, this.keepAliveMsecs);
  socket.unref();
  const timeout = this.options.timeout || 0;
  if (socket.timeout !== timeout) socket.setTimeout(timeout);
  return true;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
  req.reusedSocket = true;
  socket.ref();
};

Agent.prototype.destroy = function destroy() {
  for (const set of [this.freeSockets, this.sockets]) {
    for (const name of Object.keys(set)) for (const socket of set[name].slice()) socket.destroy();
  }
};

// A request's own timeout option wins over the agent's for the socket it gets.
function setRequestSocket(agent, req, socket) {
  socket.removeListener('error', onFreeSocketError);
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout !== undefined && req.timeout !== agentTimeout) socket.setTimeout(req.timeout);
}

function removeFrom(table, name, socket) {
  const list = table[name];
  if (!list) return false;
  const index = list.indexOf(socket);
  if (index === -1) return false;
  list.splice(index, 1);
  if (list.length === 0) delete table[name];
  return true;
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
