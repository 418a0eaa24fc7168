'use strict';
// Agent: a pool of sockets per "host:port:localAddress[:family]" — requests take a free socket
// (last freed first, or first with scheduling 'fifo'), open one while under maxSockets, or wait.

const EventEmitter = require('events');
const net = require('net');
const { validateNumber, validateOneOf } = require('internal/validators');

const kOnFree = Symbol('kOnFree');

class Agent extends EventEmitter {
  constructor(options) {
    super();
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
    if (this.maxTotalSockets !== undefined) validateNumber(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', this[kOnFree]);
  }

  [kOnFree](socket, options) {
    const name = this.getName(options);
    const waiting = this.requests[name];
    if (socket.writable && waiting && waiting.length > 0) {
      const req = waiting.shift();
      if (waiting.length === 0) delete this.requests[name];
      socket.ref();
      setRequestSocket(this, req, socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive || !socket.writable) {
      socket.destroy();
      return;
    }
    const free = this.freeSockets[name] || (this.freeSockets[name] = []);
    if (free.length >= this.maxFreeSockets || this.totalSocketCount > this.maxTotalSockets) {
      socket.destroy();
      return;
    }
    socket._httpMessage = null;
    removeFrom(this.sockets, name, socket);
    free.push(socket);
    if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    const timeout = this.options.timeout;
    if (timeout > 0) socket.setTimeout(timeout);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest(req, options) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    const name = this.getName(options);
    const free = this.freeSockets[name];
    if (free && free.length > 0) {
      const socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (free.length === 0) delete this.freeSockets[name];
      socket.setTimeout(0);
      socket.ref();
      (this.sockets[name] || (this.sockets[name] = [])).push(socket);
      req.reusedSocket = true;
      setRequestSocket(this, req, socket);
      return;
    }
    const busy = this.sockets[name] ? this.sockets[name].length : 0;
    if (busy < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (error, socket) => {
        if (error) req.onSocket(socket, error);
        else setRequestSocket(this, req, socket);
      });
      return;
    }
    (this.requests[name] || (this.requests[name] = [])).push(req);
  }

  createConnection(options, callback) {
    return net.createConnection(options, callback);
  }

  createSocket(req, options, callback) {
    const name = this.getName(options);
    options._agentKey = name;
    const connect = options.createConnection || this.createConnection;
    let called = false;
    const done = (error, socket) => {
      if (called) return;
      called = true;
      if (error) return callback(error);
      this.installListeners(socket, options, name);
      callback(null, socket);
    };
    const socket = connect.call(this, options, done);
    if (socket) done(null, socket);
  }

  installListeners(socket, options, name) {
    this.totalSocketCount++;
    (this.sockets[name] || (this.sockets[name] = [])).push(socket);
    const agent = this;
    function onFree() { agent.emit('free', socket, options); }
    function onIdleError() { socket.destroy(); }
    function onRemove() {
      agent.totalSocketCount--;
      removeFrom(agent.sockets, name, socket);
      removeFrom(agent.freeSockets, name, socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onRemove);
      socket.removeListener('agentRemove', onRemove);
      // A request waiting for this host gets a new socket.
      const waiting = agent.requests[name];
      if (waiting && waiting.length > 0) {
        const req = waiting.shift();
        if (waiting.length === 0) delete agent.requests[name];
        agent.createSocket(req, options, (error, next) => {
          if (error) req.onSocket(next, error);
          else setRequestSocket(agent, req, next);
        });
      }
    }
    function onTimeout() {
      if (!socket._httpMessage) socket.destroy();
    }
    socket.on('free', onFree);
    socket.on('close', onRemove);
    socket.on('agentRemove', onRemove);
    socket.on('timeout', onTimeout);
    socket.on('error', onIdleError);
  }

  removeSocket(socket, options) {
    socket.emit('agentRemove');
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    return true;
  }

  reuseSocket(socket, req) {
    socket.ref();
  }

  destroy() {
    for (const set of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(set)) for (const socket of set[name].slice()) socket.destroy();
    }
  }
}
Agent.defaultMaxSockets = Infinity;

// A request's own timeout option wins over the agent's for the socket it gets.
function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout !== undefined && req.timeout !== agentTimeout) socket.setTimeout(req.timeout);
}

function removeFrom(table, name, socket) {
  const list = table[name];
  if (!list) return;
  const index = list.indexOf(socket);
  if (index !== -1) list.splice(index, 1);
  if (list.length === 0) delete table[name];
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
