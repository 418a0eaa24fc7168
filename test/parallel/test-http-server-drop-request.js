'use strict';
// maxRequestsPerSocket: the last allowed response says Connection: close, and a pipelined
// request past the limit is reported as 'dropRequest' and answered 503, which closes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end('ok')));
server.maxRequestsPerSocket = 1;
server.on('dropRequest', common.mustCall((request, socket) => {
  assert.ok(request instanceof http.IncomingMessage);
  assert.ok(socket instanceof net.Socket);
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => {
    const head = 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n';
    socket.write(head + head);
  });
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (data) => { text += data; });
  socket.on('close', common.mustCall(() => {
    assert.match(text, /^HTTP\/1\.1 200 OK\r\n[^]*Connection: close\r\n/);
    assert.doesNotMatch(text, /Keep-Alive:/);
    assert.match(text, /\r\n\r\nokHTTP\/1\.1 503 Service Unavailable\r\n[^]*Connection: close\r\n/);
    server.close();
  }));
}));

// Below the limit, Keep-Alive announces it.
const counted = http.createServer(common.mustCall((req, res) => res.end('ok')));
counted.maxRequestsPerSocket = 3;
counted.listen(0, common.mustCall(() => {
  http.get({ port: counted.address().port, agent: new http.Agent({ keepAlive: true }) },
           common.mustCall((res) => {
             assert.strictEqual(res.headers['keep-alive'], 'timeout=5, max=3');
             res.resume();
             res.on('end', () => {
               counted.closeAllConnections();
               counted.close();
             });
           }));
}));
