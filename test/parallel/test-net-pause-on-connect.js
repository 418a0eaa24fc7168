'use strict';
// pauseOnConnect: accepted sockets do not read until resumed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer({ pauseOnConnect: true }, common.mustCall((socket) => {
  assert.strictEqual(socket.isPaused(), true);
  assert.strictEqual(socket.readableFlowing, false);
  let resumed = false;
  socket.on('data', common.mustCall((chunk) => {
    assert.strictEqual(resumed, true);
    assert.strictEqual(chunk.toString(), 'ping');
    socket.end();
    server.close();
  }));
  setTimeout(() => {
    resumed = true;
    socket.resume();
  }, 50);
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => client.write('ping'));
  client.resume();
}));
