'use strict';
// closeIdleConnections() ends only connections between requests; closeAllConnections() ends
// the busy ones too, and server.close() then completes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

let busyResponse;
const server = http.createServer((req, res) => {
  if (req.url === '/busy') busyResponse = res;
  else res.end('idle');
});

function open(path) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    socket.once('data', () => resolve(socket));
    if (path === '/busy') server.once('request', () => setImmediate(() => resolve(socket)));
  });
}

server.listen(0, common.mustCall(async () => {
  const idle = await open('/idle');
  const busy = await open('/busy');
  assert.ok(busyResponse);
  const idleClosed = new Promise((resolve) => idle.on('close', resolve));
  let busyClosed = false;
  busy.on('close', () => { busyClosed = true; });
  server.closeIdleConnections();
  await idleClosed;
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.strictEqual(busyClosed, false);
  server.close(common.mustCall());
  server.closeAllConnections();
  await new Promise((resolve) => busy.on('close', resolve));
}));
