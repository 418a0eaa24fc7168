'use strict';
// A keep-alive agent gives a socket back to its pool only once the request has been written
// out completely: a server that answers before reading a large body leaves the first socket
// still writing, so the next request gets a new socket; a drained one is reused.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity, maxFreeSockets: Infinity });
const server = net.createServer({ pauseOnConnect: true }, (socket) => {
  // Answer at once and never read what the client sends.
  socket.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n');
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const first = http.request({ agent, host: '127.0.0.1', port, method: 'POST' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => setImmediate(second, first.socket.localPort)));
  }));
  first.on('error', () => {});  // the first socket is destroyed when the test ends
  first.on('socket', (socket) => socket.on('connect', () => {
    const big = Buffer.alloc(16 * 1024 * 1024);
    first.write(big);
    first.end(big);
    assert.ok(first.socket.writableLength > 0);
  }));

  function second(firstPort) {
    const req = http.request({ agent, host: '127.0.0.1', port }, common.mustCall((res) => {
      res.resume();
      res.on('end', common.mustCall(() => setImmediate(third, req.socket.localPort)));
    }));
    req.on('socket', common.mustCall((socket) => {
      // A new socket has no local port yet; the first one would still have its own.
      assert.notStrictEqual(socket.localPort, firstPort);
    }));
    req.end();
  }

  function third(secondPort) {
    const req = http.request({ agent, host: '127.0.0.1', port }, (res) => res.resume());
    req.on('socket', common.mustCall((socket) => {
      assert.strictEqual(socket.localPort, secondPort);
      agent.destroy();
      server.close();
      process.exit(0);
    }));
    req.end();
  }
}));
