'use strict';
// SCHED_RR: a worker whose server is at maxConnections refuses what the primary hands it, and
// the primary gives the connection to another worker: none is dropped while one has room.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const net = require('net');

if (cluster.isWorker) {
  const server = net.createServer((socket) => {
    socket.write(`${cluster.worker.id}`);  // held open: the client closes
  });
  server.maxConnections = Number(process.env.MAX_CONNECTIONS);
  server.listen(0, '127.0.0.1');
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
const total = 6;
let listening = 0;
cluster.on('listening', common.mustCall((worker, address) => {
  if (++listening < 2) return;
  const sockets = [];
  const byWorker = {};
  for (let i = 0; i < total; i++) {
    const socket = net.connect(address.port, '127.0.0.1');
    sockets.push(socket);
    socket.setEncoding('utf8');
    socket.once('data', common.mustCall((id) => {
      byWorker[id] = (byWorker[id] ?? 0) + 1;
      if (Object.values(byWorker).reduce((a, b) => a + b, 0) < total) return;
      // Worker 1 takes one; worker 2, with room for all, the rest.
      assert.deepStrictEqual(byWorker, { 1: 1, 2: total - 1 });
      for (const each of sockets) each.destroy();
      cluster.disconnect(common.mustCall());
    }));
  }
}, 2));
cluster.fork({ MAX_CONNECTIONS: 1 });
cluster.fork({ MAX_CONNECTIONS: 100 });
