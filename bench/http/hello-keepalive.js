'use strict';
// A hello-world server with keep-alive answering 20,000 requests sent over 50 connections by
// raw net clients in the same process (one request in flight per connection, as wrk does):
// the server's per-request cost — parse, IncomingMessage/ServerResponse, head, one write.
const http = require('http');
const net = require('net');

const kConnections = 50;
const kRequests = 20000;
const request = 'GET / HTTP/1.1\r\nHost: localhost\r\n\r\n';

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello World');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let sent = 0;
  let answered = 0;
  let responseLength = 0;
  let open = kConnections;

  function onData(data) {
    // Every response has the same length (the Date header is fixed-width): learn it once.
    if (responseLength === 0) responseLength = data.length;
    this.received += data.length;
    while (this.received >= responseLength) {
      this.received -= responseLength;
      answered++;
      if (sent < kRequests) {
        sent++;
        this.write(request);
      } else {
        this.end();
      }
    }
  }

  function onClose() {
    if (--open === 0) {
      if (answered !== kRequests) throw new Error(`answered ${answered} of ${kRequests}`);
      server.close();
    }
  }

  for (let i = 0; i < kConnections; i++) {
    const socket = net.connect(port, '127.0.0.1');
    socket.received = 0;
    socket.setNoDelay(true);
    socket.on('data', onData);
    socket.on('close', onClose);
    socket.on('connect', () => {
      sent++;
      socket.write(request);
    });
  }
});
