'use strict';
// setKeepAlive/setNoDelay return the socket before and after connecting; the server's
// noDelay/keepAlive options apply to accepted sockets.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 3000 }, common.mustCall((socket) => {
  assert.strictEqual(server.noDelay, true);
  assert.strictEqual(server.keepAlive, true);
  assert.strictEqual(server.keepAliveInitialDelay, 3);
  assert.strictEqual(socket.setNoDelay(false), socket);
  assert.strictEqual(socket.setKeepAlive(false), socket);
  socket.end();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = new net.Socket();
  assert.strictEqual(client.setNoDelay(), client);
  assert.strictEqual(client.setKeepAlive(true, 1000), client);
  client.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(client.setNoDelay(true), client);
    assert.strictEqual(client.setKeepAlive(true, 10000), client);
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.setNoDelay(true), client);
    server.close();
  }));
}));
