'use strict';
// close() stops accepting at once, but 'close' waits for the open connections; close() on a
// server that is not running gives its callback ERR_SERVER_NOT_RUNNING.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const idle = net.createServer();
idle.close(common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
  assert.strictEqual(err.message, 'Server is not running.');
}));

let serverSocket;
const server = net.createServer(common.mustCall((socket) => {
  serverSocket = socket;
  server.close(common.mustCall(() => {
    assert.strictEqual(clientClosed, true);
  }));
  assert.strictEqual(server.listening, false);
  // Still serving the connection it has.
  socket.end('bye');
}));

let clientClosed = false;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  client.on('data', (chunk) => { data += chunk; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(data, 'bye');
    client.end();
  }));
  client.on('close', common.mustCall(() => {
    clientClosed = true;
    assert.ok(serverSocket);
  }));
}));
