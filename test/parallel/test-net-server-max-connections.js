'use strict';
// Over maxConnections, a new connection is closed at once and the server emits 'drop' with
// both ends' addresses; getConnections() counts the ones kept.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const kept = [];
const server = net.createServer(common.mustCall((socket) => {
  kept.push(socket);
}, 2));
server.maxConnections = 2;

server.on('drop', common.mustCall((data) => {
  assert.strictEqual(Object.getPrototypeOf(data), null);
  assert.deepStrictEqual(Object.keys(data),
                         ['localAddress', 'localPort', 'localFamily', 'remoteAddress', 'remotePort', 'remoteFamily']);
  assert.strictEqual(data.localAddress, '127.0.0.1');
  assert.strictEqual(data.localPort, server.address().port);
  assert.strictEqual(data.localFamily, 'IPv4');
  assert.strictEqual(data.remoteFamily, 'IPv4');
  server.getConnections(common.mustSucceed((count) => {
    assert.strictEqual(count, 2);
    for (const socket of kept) socket.destroy();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const clients = [];
  let connected = 0;
  const connectNext = () => {
    const client = net.connect(port, '127.0.0.1', () => {
      if (++connected < 3) setTimeout(connectNext, 20);
    });
    client.on('error', () => {});
    client.resume();
    clients.push(client);
  };
  connectNext();
  server.on('close', () => clients.forEach((client) => client.destroy()));
}));
