'use strict';
// The keep-alive timeout covers the wait for the next request only: once that request's first
// bytes are in, a slow rest of its head is the server's timeout's business, not the
// keep-alive's. (And a stream handle shows node's writeQueueSize.)
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end(), 2));
server.keepAliveTimeout = common.platformTimeout(100);

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, common.mustCall(() => {
    assert.strictEqual(socket._handle.writeQueueSize, 0);
    ask(common.mustCall(() => ask(common.mustCall(() => {
      socket.end();
      server.close();
    }))));
  }));
  socket.setEncoding('latin1');

  function ask(done) {
    let reply = '';
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
    setTimeout(() => socket.write('\r\n'), common.platformTimeout(300));
    socket.on('data', function onData(chunk) {
      reply += chunk;
      if (!reply.includes('\r\n\r\n')) return;
      socket.removeListener('data', onData);
      assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
      assert.match(reply, /\r\nConnection: keep-alive\r\n/i);
      done();
    });
  }
}));
