'use strict';
// An AbortSignal ends a request: 'error' with an AbortError, then 'close'; the server sees the
// connection go.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.writeHead(200);
  res.write('partial');
  req.socket.on('close', common.mustCall(() => server.close()));
}));

server.listen(0, common.mustCall(() => {
  const controller = new AbortController();
  const req = http.get({ port: server.address().port, signal: controller.signal, agent: false },
                       common.mustCall((res) => {
                         res.once('data', common.mustCall(() => controller.abort()));
                       }));
  req.on('error', common.mustCall((error) => {
    assert.strictEqual(error.name, 'AbortError');
    assert.strictEqual(error.code, 'ABORT_ERR');
  }));
  req.on('close', common.mustCall());
}));
