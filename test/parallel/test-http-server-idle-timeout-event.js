'use strict';
// server.setTimeout's listener hears a connection that went idle (before its first request,
// or between requests) instead of lode closing it silently; a complete request does not
// hear it.
const common = require('../common');
const http = require('http');
const net = require('net');

let socketSeen;
const server = http.createServer(common.mustCall((req, res) => {
  req.on('timeout', common.mustNotCall());
  res.end();
}));
server.setTimeout(common.platformTimeout(50), common.mustCallAtLeast((socket) => {
  socketSeen = socket;
  socket.destroy();
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, () => {
    client.write('GET / HTTP/1.1\r\nHost: localhost\r\n\r\n');
  });
  client.on('error', () => {});
  client.resume();
  client.on('close', common.mustCall(() => {
    if (!socketSeen) throw new Error('closed without a timeout event');
    server.close();
  }));
}));
