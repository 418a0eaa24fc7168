'use strict';
// A localPort that is a number but not a port (node checks only the type) and odd keep-alive
// delays never bring the process down: each socket connects or fails on its own.
const common = require('../common');
const net = require('net');

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const values = [70000, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 40];
  let settled = 0;
  for (const localPort of values) {
    const socket = net.connect({ port: server.address().port, host: '127.0.0.1', localPort });
    socket.setKeepAlive(true, -5000);
    socket.on('connect', () => {
      socket.setKeepAlive(true, -5000).setKeepAlive(true, 1e15).setKeepAlive(true, NaN);
      socket.destroy();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      if (++settled === values.length) server.close();
    });
  }
}));
