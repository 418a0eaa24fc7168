'use strict';
// bytesRead and bytesWritten count the current connection: a socket that connects again
// after closing starts from zero, and keeps the finished connection's totals until then.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((connection) => connection.end('hello'));
server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let round = 0;
  socket.on('connect', common.mustCall(() => socket.end('abc'), 2));
  socket.resume();
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(socket.bytesWritten, 3);
    assert.strictEqual(socket.bytesRead, 5);
    if (++round === 1) {
      socket.connect(server.address().port);
    } else {
      server.close();
    }
  }, 2));
}));
