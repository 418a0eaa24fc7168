'use strict';
// cluster in the primary process: forks workers, keeps cluster.workers, turns the workers'
// messages into events, and owns the listening sockets that the workers share (one per
// server key, made by the scheduling policy in force: see round_robin_handle.js and
// shared_handle.js).

const EventEmitter = require('events');
const { Worker } = require('internal/cluster/worker');
const { Conversation, serverKey } = require('internal/cluster/utils');
const { RoundRobinHandle } = require('internal/cluster/round_robin_handle');
const { SharedHandle, ReservedPort } = require('internal/cluster/shared_handle');
const { WorkerStats } = require('internal/cluster/stats');
const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');

const SCHED_NONE = 1;
const SCHED_RR = 2;
const SCHED_REUSEPORT = 3;  // lode's own
const policyNames = { [SCHED_NONE]: 'none', [SCHED_RR]: 'rr', [SCHED_REUSEPORT]: 'reuseport' };

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.SCHED_REUSEPORT = SCHED_REUSEPORT;

// NODE_CLUSTER_SCHED_POLICY overrides the platform default, as in node; 'reuseport' is lode's.
cluster.schedulingPolicy = ({ rr: SCHED_RR, none: SCHED_NONE, reuseport: SCHED_REUSEPORT })[
  process.env.NODE_CLUSTER_SCHED_POLICY] ?? SCHED_RR;

let nextWorkerId = 0;
let initialized = false;
let policy;  // cluster.schedulingPolicy as it was at the first setupPrimary() or fork()
const servers = new Map();   // server key -> RoundRobinHandle | SharedHandle | ReservedPort
const stats = new WorkerStats();
const conversations = new WeakMap();  // Worker -> its Conversation (utils.js)
const noWorkersLeft = new EventEmitter();  // 'empty' when the last worker leaves cluster.workers

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) noWorkersLeft.emit('empty');
}

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (!initialized) {
    const chosen = cluster.schedulingPolicy;
    if (chosen !== SCHED_NONE && chosen !== SCHED_RR && chosen !== SCHED_REUSEPORT) {
      throw new ERR_INVALID_ARG_VALUE('cluster.schedulingPolicy', chosen);
    }
    initialized = true;
    policy = chosen;
    if (process._lodeOptions['--cluster-stats'] === 'true') {
      process.on('exit', () => {
        require('fs').writeSync(2, `${stats.format(policyNames[policy])}\n`);
      });
    }
  }
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

cluster.fork = function fork(env) {
  cluster.setupPrimary();
  const { settings } = cluster;
  const id = ++nextWorkerId;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const child = require('child_process').fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    execArgv: settings.execArgv,
    stdio: settings.stdio,
    silent: settings.silent,
    execPath: settings.execPath,
    uid: settings.uid,
    gid: settings.gid,
    windowsHide: settings.windowsHide,
  });
  const worker = new Worker({ id, process: child });
  conversations.set(worker, new Conversation(child, (message, handle) => onWorkerMessage(worker, message, handle)));
  stats.add(worker);
  cluster.workers[id] = worker;

  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  child.once('exit', (exitCode, signalCode) => {
    stats.exited(worker);
    // Gone from cluster.workers once it has both exited and disconnected, before the last of
    // the two events is emitted.
    if (!worker.isConnected()) {
      forgetServersOf(worker, true);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  child.once('disconnect', () => {
    conversations.get(worker).dropWaiting();
    forgetServersOf(worker, true);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  process.nextTick(() => cluster.emit('fork', worker));
  return worker;
};

// cluster.disconnect([callback]): every worker disconnects gracefully; the callback runs once
// no worker is left in cluster.workers.
cluster.disconnect = function disconnect(callback) {
  const workers = Object.values(cluster.workers);
  if (typeof callback === 'function') {
    if (workers.length === 0) process.nextTick(callback);
    else noWorkersLeft.once('empty', callback);
  }
  for (const worker of workers) {
    if (worker.isConnected()) worker.disconnect();
  }
};

// lode: connections accepted per worker, and how far the busiest is from an even share.
cluster.stats = function clusterStats() {
  return stats.snapshot(policyNames[policy ?? cluster.schedulingPolicy]);
};

Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  if (this.isConnected() && this.state !== 'disconnecting') {
    this.state = 'disconnecting';
    conversations.get(this).send({ act: 'disconnect' });
  }
  forgetServersOf(this);
  return this;
};

Worker.prototype.destroy = function destroy(signal) {
  this.process.kill(signal || 'SIGTERM');
};

function onWorkerMessage(worker, message, handle) {
  switch (message.act) {
    case 'online':
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
      break;
    case 'queryServer':
      queryServer(worker, message);
      break;
    case 'listening': {
      const address = {
        addressType: message.addressType,
        address: message.address,
        port: message.port,
        fd: message.fd,
      };
      worker.state = 'listening';
      worker.emit('listening', address);
      cluster.emit('listening', worker, address);
      break;
    }
    case 'close':
      forgetServer(worker, message.key);
      break;
    case 'exitedAfterDisconnect':
      worker.exitedAfterDisconnect = true;
      conversations.get(worker).answer(message, {});
      break;
    case 'accepted':
      stats.reported(worker, message.count);
      break;
    default:
      handle?.close?.();
  }
}

// A worker's server.listen(): find or make the socket for its key and tell the worker how to
// get at it.
function queryServer(worker, query) {
  if (!worker.isConnected()) return;
  const key = serverKey(query);
  if (query.addressType === -1 && typeof query.address === 'string' && !query.address.startsWith('\0')) {
    // Socket paths are short (108 bytes): bind by the shorter of the worker's absolute path
    // and the same path relative to our cwd.
    const relative = require('path').relative(process.cwd(), query.address);
    if (relative.length < query.address.length) query = { ...query, address: relative };
  }
  const isTCP = query.addressType === 4 || query.addressType === 6;
  const isUDP = query.addressType === 'udp4' || query.addressType === 'udp6';
  let server = servers.get(key);
  if (server === undefined) {
    if (policy === SCHED_REUSEPORT && isTCP && query.fd === undefined) {
      server = new ReservedPort(key, query);
    } else if (policy === SCHED_NONE || isUDP) {
      server = new SharedHandle(key, query);
    } else {
      // Unix sockets under SCHED_REUSEPORT too: the option means nothing to AF_UNIX.
      server = new RoundRobinHandle(key, query, (id) => stats.accepted(id));
    }
    servers.set(key, server);
  }
  if (server.errno !== 0) {
    servers.delete(key);
    conversations.get(worker).answer(query, { errno: server.errno });
    return;
  }
  server.add(worker, conversations.get(worker));
  if (server instanceof RoundRobinHandle) {
    conversations.get(worker).answer(query, { errno: 0, mode: 'rr', key, sockname: server.sockname });
  } else if (server instanceof ReservedPort) {
    const { address, port, family } = server.sockname;
    conversations.get(worker).answer(query, {
      errno: 0, mode: 'reuseport', key, address, port, addressType: family === 'IPv6' ? 6 : 4,
    });
  } else {
    conversations.get(worker).answer(query, { errno: 0, mode: 'shared', key }, server.handle);
  }
}

function forgetServer(worker, key) {
  const server = servers.get(key);
  if (server !== undefined && server.remove(worker, false)) servers.delete(key);
}

// channelGone: the worker can no longer answer (round robin hands its unanswered connections
// to the others).
function forgetServersOf(worker, channelGone = false) {
  for (const [key, server] of servers) {
    if (server.remove(worker, channelGone)) servers.delete(key);
  }
}

module.exports = cluster;
