'use strict';
// A response without Content-Length or chunking runs until the server closes; the client
// delivers all of it and ends the response at EOF. A server that closes before any response
// gives 'socket hang up'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = net.createServer((socket) => {
  socket.once('data', (data) => {
    if (data.toString().startsWith('GET /hangup')) {
      socket.destroy();
      return;
    }
    socket.write('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\npart one, ');
    setTimeout(() => socket.end('part two'), 20);
  });
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  http.get({ port, agent: false }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (data) => { body += data; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'part one, part two');
      assert.strictEqual(res.complete, true);
      const req = http.get({ port, path: '/hangup', agent: false }, common.mustNotCall());
      req.on('error', common.mustCall((error) => {
        assert.strictEqual(error.code, 'ECONNRESET');
        assert.strictEqual(error.message, 'socket hang up');
        server.close();
      }));
    }));
  }));
}));
