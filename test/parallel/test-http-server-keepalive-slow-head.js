'use strict';
// On a kept-alive connection, bytes of the next request count as activity: a head that drips
// in slower than keepAliveTimeout, but never pauses that long, is still answered; a
// connection that then stays quiet is closed after keepAliveTimeout.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  res.end(`${req.url} ok`);
}, 2));
server.keepAliveTimeout = common.platformTimeout(400);

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { received += chunk; });
  socket.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\n');
  const pieces = ['GET /sec', 'ond HTTP', '/1.1\r\nH', 'ost: x\r', '\n', '\r\n'];
  let i = 0;
  const drip = setInterval(() => {
    socket.write(pieces[i++]);
    if (i === pieces.length) clearInterval(drip);
  }, common.platformTimeout(150));
  const started = Date.now();
  socket.on('close', common.mustCall(() => {
    assert.match(received, /\/first ok[^]*\/second ok/);
    // Six pieces 150 ms apart, then the keep-alive wait.
    assert.ok(Date.now() - started >= common.platformTimeout(900) * 0.9);
    server.close();
  }));
}));
