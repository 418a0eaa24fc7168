'use strict';
// 10,000 short connections accepted: each client connects, reads a short greeting and the
// server's FIN, and closes; 50 connections in flight at a time.
const net = require('net');

const kConnections = 10000;
const kConcurrency = 50;
let started = 0;
let finished = 0;

const server = net.createServer((socket) => socket.end('hello\n'));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  function connectOne() {
    started++;
    const socket = net.connect(port, '127.0.0.1');
    socket.resume();
    socket.on('close', () => {
      if (++finished === kConnections) server.close();
      else if (started < kConnections) connectOne();
    });
  }
  for (let i = 0; i < kConcurrency; i++) connectOne();
});
