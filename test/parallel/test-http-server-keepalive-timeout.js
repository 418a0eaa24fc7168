'use strict';
// An idle keep-alive connection is closed after keepAliveTimeout, and the head advertises it
// (Keep-Alive: timeout=N in seconds).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => res.end('x'));
server.keepAliveTimeout = 200;

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  const start = Date.now();
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (data) => { text += data; });
  socket.on('end', common.mustCall(() => {
    assert.match(text, /\r\nConnection: keep-alive\r\nKeep-Alive: timeout=0\r\n/);
    assert.ok(Date.now() - start >= 150, `closed after ${Date.now() - start} ms`);
    server.close();
  }));
}));
