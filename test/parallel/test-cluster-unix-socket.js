'use strict';
// net servers on a Unix-domain socket in two workers: the primary shares the one path, every
// connection is answered, and the path is gone once all workers have left.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const fs = require('fs');
const net = require('net');
const tmpdir = require('../common/tmpdir');

if (cluster.isWorker) {
  net.createServer((socket) => socket.end(`worker ${cluster.worker.id}`)).listen(process.env.SOCKET_PATH);
  return;
}

tmpdir.refresh();
const socketPath = tmpdir.resolve('cluster.sock');
const total = 40;
let listening = 0;

cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.addressType, -1);
  assert.strictEqual(address.address, socketPath);
  if (++listening < 2) return;
  let answered = 0;
  let started = 0;
  const connect = () => {
    started++;
    let reply = '';
    const socket = net.connect(socketPath);
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => reply += chunk);
    socket.on('end', common.mustCall(() => {
      assert.match(reply, /^worker [12]$/);
      if (++answered === total) {
        cluster.disconnect(common.mustCall(() => assert.strictEqual(fs.existsSync(socketPath), false)));
      } else if (started < total) {
        connect();
      }
    }));
  };
  for (let i = 0; i < 4; i++) connect();
}, 2));
cluster.on('exit', common.mustCall((worker, code) => assert.strictEqual(code, 0), 2));
cluster.fork({ SOCKET_PATH: socketPath });
cluster.fork({ SOCKET_PATH: socketPath });
