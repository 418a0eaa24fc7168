'use strict';
// maxHeaderSize counts the head's status text, field names and values (not the separators),
// and a head that reaches the limit is already too large (HPE_HEADER_OVERFLOW), as node's.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

// Counted: 'OK' (2) + 'Content-Length' (14) + '0' (1) + 'X-A' (3) + the value.
const head = (valueLength) =>
  `HTTP/1.1 200 OK\r\nContent-Length: 0\r\nX-A: ${'a'.repeat(valueLength)}\r\n\r\n`;

const server = net.createServer((socket) => {
  socket.once('data', (request) => {
    socket.end(head(/\/full/.test(request.toString('latin1')) ? 80 : 79));
  });
  socket.on('error', () => {});
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, path: '/under', maxHeaderSize: 100 }, common.mustCall((res) => {
    assert.strictEqual(res.headers['x-a'].length, 79);
    res.resume();
    http.get({ port, path: '/full', maxHeaderSize: 100 }, common.mustNotCall())
      .on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'HPE_HEADER_OVERFLOW');
        server.close();
      }));
  }));
}));
