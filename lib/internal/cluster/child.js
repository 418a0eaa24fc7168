'use strict';
// cluster in a worker process (one the primary forked with NODE_UNIQUE_ID set). Startup calls
// setupWorker() before user code runs; from then on server.listen() (internal/net/server's
// listenInCluster) asks the primary for the socket instead of binding one itself:
//   rr        the primary accepts and sends each connection; the server gets a stand-in
//             handle whose onconnection the primary's 'newconn' messages drive;
//   shared    the primary sends a bound socket, which the server listens on;
//   reuseport the primary names the address and port, the server binds its own
//             SO_REUSEPORT socket there.

const EventEmitter = require('events');
const { Worker } = require('internal/cluster/worker');
const { Conversation } = require('internal/cluster/utils');
const { constants: { REUSEPORT } } = internalBinding('tcp_wrap');
const { UV_EINVAL } = internalBinding('uv');
const { kOwner } = require('internal/stream_base_commons');

const cluster = new EventEmitter();
cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.SCHED_REUSEPORT = 3;

let conversation = null;
const standIns = new Map();     // key -> the stand-in handle of a round-robin server
const clusterServers = new Set(); // servers listening through the primary, closed by disconnect()
const usedIndexes = new Map();  // address:port:type:fd -> indexes of this worker's listens there

// Connections taken on shared and SO_REUSEPORT sockets, which the primary cannot see.
let acceptedCount = 0;
let reportedCount = 0;
let reportTimer = null;

function isWorkerProcess() {
  return conversation !== null;
}

function setupWorker() {
  const id = Number(process.env.NODE_UNIQUE_ID);
  delete process.env.NODE_UNIQUE_ID;
  if (typeof process.send !== 'function') return;  // no channel to the primary
  const worker = new Worker({ id, process, state: 'online' });
  cluster.worker = worker;
  conversation = new Conversation(process, onPrimaryMessage);
  // The channel's end without a disconnect() of ours means the primary is gone: so are we.
  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  conversation.send({ act: 'online' });
}

function onPrimaryMessage(message, handle) {
  if (message.act === 'newconn') {
    const standIn = standIns.get(message.key);
    // A server at its maxConnections refuses, so that the primary offers the connection to
    // another worker instead of this one dropping it.
    const server = standIn?.[kOwner];
    const full = server?.maxConnections != null && server._connections >= server.maxConnections;
    if (standIn === undefined || typeof standIn.onconnection !== 'function' || handle === undefined || full) {
      handle?.close();
      conversation.answer(message, { accepted: false });
      return;
    }
    conversation.answer(message, { accepted: true });
    standIn.onconnection(0, handle);
  } else if (message.act === 'disconnect') {
    disconnect(cluster.worker, true);
  } else {
    handle?.close?.();
  }
}

function countConnection() {
  acceptedCount++;
  if (reportTimer !== null) return;
  reportTimer = setTimeout(reportAccepted, 100);
  reportTimer.unref();
}

function reportAccepted() {
  if (reportTimer !== null) clearTimeout(reportTimer);
  reportTimer = null;
  if (acceptedCount === reportedCount || !process.connected) return;
  reportedCount = acceptedCount;
  conversation.send({ act: 'accepted', count: acceptedCount });
}

// A free index for another listen on the same address: the primary keys its sockets by it.
function takeIndex(base) {
  let used = usedIndexes.get(base);
  if (used === undefined) usedIndexes.set(base, used = new Set());
  let index = 0;
  while (used.has(index)) index++;
  used.add(index);
  return index;
}

function releaseIndex(base, index) {
  usedIndexes.get(base)?.delete(index);
}

// From internal/net/server: server.listen() in a worker.
function listenViaPrimary(server, { address, port, addressType, backlog, fd, flags }) {
  // A Unix socket path is the worker's: relative to its cwd, not the primary's.
  if (addressType === -1 && typeof address === 'string' && !address.startsWith('\0')) {
    address = require('path').resolve(address);
  }
  const base = `${address}:${port}:${addressType}:${fd}`;
  const index = takeIndex(base);
  const query = { act: 'queryServer', address, port, addressType, fd, flags, backlog, index };
  const listeningId = server._listeningId;
  // close() before the primary answered: the answer must not make the server listen.
  let closed = false;
  const onClose = () => closed = true;
  server.once('close', onClose);
  conversation.send(query, undefined, (answer, handle) => {
    server.removeListener('close', onClose);
    // Once the worker is disconnecting its servers stay closed, as in node.
    if (closed || listeningId !== server._listeningId || server._handle || !process.connected ||
        cluster.worker.state === 'disconnecting') {
      // listen() again or close() meanwhile: let the primary forget us.
      releaseIndex(base, index);
      handle?.close();
      if (answer.key !== undefined) conversation.send({ act: 'close', key: answer.key });
      return;
    }
    if (answer.errno) {
      releaseIndex(base, index);
      server.emit('error', bindError(answer.errno, address, port));
      return;
    }
    const forget = () => {
      releaseIndex(base, index);
      standIns.delete(answer.key);
      clusterServers.delete(server);
      if (process.connected) conversation.send({ act: 'close', key: answer.key });
    };
    if (answer.mode === 'rr') {
      server._handle = makeStandIn(answer, forget);
      standIns.set(answer.key, server._handle);
      server._listen2(address, port, addressType, backlog, fd, flags);
    } else {
      if (answer.mode === 'shared') {
        server._handle = handle;
        server._listen2(address, port, addressType, backlog, fd, flags);
      } else {
        server._listen2(answer.address, answer.port, answer.addressType, backlog, undefined,
                        (flags | 0) | REUSEPORT);
      }
      if (!server._handle) {
        forget();
        return;
      }
      watchRealHandle(server._handle, forget);
    }
    clusterServers.add(server);
    server.once('listening', () => {
      cluster.worker.state = 'listening';
      const bound = typeof server._handle?.getsockname === 'function' ? server.address() : null;
      conversation.send({
        act: 'listening',
        address,
        port: bound?.port ?? port,
        addressType,
        fd,
      });
    });
  });
}

// From dgram: socket.bind() in a worker. The primary binds and sends the socket;
// onBound(errno, udpHandle) finishes the bind.
function bindViaPrimary(socket, { address, port, addressType, flags }, onBound) {
  const base = `${address}:${port}:${addressType}:undefined`;
  const index = takeIndex(base);
  const query = { act: 'queryServer', address, port, addressType, flags, index };
  conversation.send(query, undefined, (answer, handle) => {
    if (answer.errno || handle === undefined) {
      releaseIndex(base, index);
      onBound(answer.errno || UV_EINVAL);
      return;
    }
    const forget = () => {
      releaseIndex(base, index);
      clusterServers.delete(socket);
      if (process.connected) conversation.send({ act: 'close', key: answer.key });
    };
    const close = handle.close;
    handle.close = function closeAndForget(...args) {
      forget();
      handle.close = close;
      return close.apply(this, args);
    };
    clusterServers.add(socket);
    socket.once('listening', () => {
      cluster.worker.state = 'listening';
      conversation.send({ act: 'listening', address, port: socket.address().port, addressType, fd: -1 });
    });
    onBound(0, handle);
  });
}

// node's form for a listen the primary could not do: 'bind EADDRINUSE 127.0.0.1:8080'.
function bindError(errno, address, port) {
  const { uvErrmapGet } = require('internal/errors');
  const [code] = uvErrmapGet(errno) || ['UNKNOWN'];
  const where = port > 0 ? `${address}:${port}` : address;
  const err = new Error(`bind ${code}${where ? ` ${where}` : ''}`);
  err.code = code;
  err.errno = errno;
  err.syscall = 'bind';
  err.address = address;
  if (port > 0) err.port = port;
  return err;
}

// What a round-robin server has for a handle: the primary owns the socket, and sends it the
// connections.
function makeStandIn(answer, forget) {
  let closed = false;
  // A listening server keeps the loop alive as a real listening socket would, even if the
  // channel is unref'd: an idle timer stands in for the socket (ref/unref act on it).
  const keepAlive = setInterval(() => {}, 2 ** 30);
  const standIn = {
    onconnection: null,
    listen() { return 0; },
    close(callback) {
      if (closed) return;
      closed = true;
      clearInterval(keepAlive);
      this.onconnection = null;
      forget();
      if (typeof callback === 'function') process.nextTick(callback);
    },
    ref() { keepAlive.ref(); },
    unref() { keepAlive.unref(); },
    hasRef() { return keepAlive.hasRef(); },
  };
  if (answer.sockname) {
    standIn.getsockname = function getsockname(out) {
      Object.assign(out, answer.sockname);
      return 0;
    };
  }
  return standIn;
}

// A socket the worker listens on itself: count what it accepts, and tell the primary when it
// closes.
function watchRealHandle(handle, forget) {
  const close = handle.close;
  handle.close = function closeAndForget(...args) {
    forget();
    handle.close = close;
    return close.apply(this, args);
  };
  // setupListenHandle (internal/net/server) has just set the server's callback.
  const onconnection = handle.onconnection;
  handle.onconnection = function countAndAccept(status, client) {
    if (!status) countConnection();
    return onconnection.call(this, status, client);
  };
}

// Gracefully: stop listening, wait for every connection to end, then drop the channel.
function disconnect(worker, primaryAsked) {
  if (worker.state === 'disconnecting' || worker.state === 'destroying') return;
  worker.state = 'disconnecting';
  worker.exitedAfterDisconnect = true;
  reportAccepted();
  const servers = [...clusterServers];
  let waiting = servers.length + 1;
  const closed = () => {
    if (--waiting > 0) return;
    if (!process.connected) return;
    if (primaryAsked) process.disconnect();
    else conversation.send({ act: 'exitedAfterDisconnect' }, undefined, () => process.disconnect());
  };
  for (const server of servers) server.close(closed);
  closed();
}

Worker.prototype.disconnect = function disconnectWorker() {
  disconnect(this, false);
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
    return;
  }
  this.state = 'destroying';
  conversation.send({ act: 'exitedAfterDisconnect' }, undefined, () => process.disconnect());
  process.once('disconnect', () => process.exit(0));
};

module.exports = { cluster, isWorkerProcess, setupWorker, listenViaPrimary, bindViaPrimary };
