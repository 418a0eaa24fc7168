'use strict';
// A server connection's socket refuses setEncoding (heads are parsed as bytes), even once an
// upgrade has handed it over (as in node), and a client timeout past the timers' limit warns from the caller's stack.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'TimeoutOverflowWarning');
  assert.ok(warning.stack.includes(__filename));
}));

const server = http.createServer();
server.on('connection', common.mustCall((socket) => {
  assert.throws(() => socket.setEncoding('utf8'), {
    code: 'ERR_HTTP_SOCKET_ENCODING',
    name: 'Error',
    message: 'Changing the socket encoding is not allowed per RFC7230 Section 3.',
  });
}));
server.on('upgrade', common.mustCall((req, socket) => {
  assert.throws(() => socket.setEncoding('utf8'), { code: 'ERR_HTTP_SOCKET_ENCODING' });
  socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n');
}));
server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'x' },
  });
  req.setTimeout(2 ** 40);
  req.on('upgrade', common.mustCall((res, socket) => {
    socket.destroy();
    server.close();
  }));
  req.end();
}));
