'use strict';
// dgram sockets in workers: a bind() asks the primary, which binds one UDP socket and shares
// it with every worker (under any scheduling policy); 'listening' reports the udp4 address.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const dgram = require('dgram');

if (cluster.isWorker) {
  const socket = dgram.createSocket('udp4');
  socket.on('message', (message, remote) => {
    socket.send(`pong from ${cluster.worker.id}`, remote.port, remote.address);
  });
  socket.bind(0, '127.0.0.1');
  return;
}

let listening = 0;
let port;
cluster.on('listening', common.mustCall((worker, address) => {
  assert.strictEqual(address.addressType, 'udp4');
  assert.strictEqual(address.address, '127.0.0.1');
  if (port === undefined) port = address.port;
  assert.strictEqual(address.port, port);
  if (++listening < 2) return;
  const client = dgram.createSocket('udp4');
  let replies = 0;
  // UDP may drop a datagram under load: ask again until enough answers came.
  const timer = setInterval(() => client.send('ping', port, '127.0.0.1'), 50);
  client.on('message', (message) => {
    assert.match(`${message}`, /^pong from [12]$/);
    if (++replies !== 4) return;
    clearInterval(timer);
    client.close();
    cluster.disconnect(common.mustCall());
  });
}, 2));
cluster.on('exit', common.mustCall((worker, code) => assert.strictEqual(code, 0), 2));
cluster.fork();
cluster.fork();
