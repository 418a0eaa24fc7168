'use strict';
// A peer that pipelines requests without reading the responses: once the socket's write side
// is full the server stops reading (socket._paused), and once the peer reads, every request
// is served.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const total = 20000;
const body = Buffer.alloc(1024, 'x');
let served = 0;
let serverSocket;
const server = http.createServer((req, res) => {
  serverSocket = req.socket;
  served++;
  res.sendDate = false;  // every response the same length
  res.end(body);
});

server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, () => {
    client.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'.repeat(total));
  });
  client.pause();
  setTimeout(common.mustCall(() => {
    assert.strictEqual(serverSocket._paused, true);
    assert.ok(served < total, `${served} served before the peer read anything`);
    let received = 0;
    let expected = Infinity;
    client.on('data', (chunk) => {
      if (received === 0) expected = total * (chunk.indexOf('\r\n\r\n') + 4 + body.length);
      received += chunk.length;
      if (received >= expected) {
        assert.strictEqual(served, total);
        client.destroy();
        server.close();
      }
    });
    client.resume();
  }), common.platformTimeout(500));
}));
