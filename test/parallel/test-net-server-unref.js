'use strict';
// An unref'd server (even one unref'd before listening) and unref'd sockets do not keep the
// process alive; ref() undoes it.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const early = net.createServer();
assert.strictEqual(early.unref(), early);
early.listen(0, '127.0.0.1');

const server = net.createServer(common.mustCall((socket) => {
  socket.unref();
  assert.strictEqual(socket.ref(), socket);
  socket.unref();
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  server.unref();
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.unref(), client);  // before connecting: applied on 'connect'
  client.on('connect', common.mustCall());
}));

process.on('exit', () => {
  assert.strictEqual(server.listening, true);
  assert.strictEqual(early.listening, true);
});
