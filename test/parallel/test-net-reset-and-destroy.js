'use strict';
// resetAndDestroy() closes with an RST: the peer reads ECONNRESET. A socket with no handle
// gets ERR_SOCKET_CLOSED instead.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const unconnected = new net.Socket();
unconnected.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_SOCKET_CLOSED')));
assert.strictEqual(unconnected.resetAndDestroy(), unconnected);

const server = net.createServer(common.mustCall((socket) => {
  socket.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.syscall, 'read');
    assert.strictEqual(err.message, 'read ECONNRESET');
  }));
  socket.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, true);
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  // Called while connecting: the reset waits for the connection.
  client.resetAndDestroy();
  client.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, false)));
}));
