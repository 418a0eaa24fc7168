'use strict';
// A request's 'timeout' comes from its socket's first idle timeout only (timeoutCb is a once
// listener), and a request's timeout option wins over its agent's for the socket it gets.
const common = require('../common');
const assert = require('assert');
const http = require('http');

{
  const request = http.get({ agent: new http.Agent({ timeout: 50 }), lookup: () => {}, timeout: 100 });
  request.on('socket', common.mustCall((socket) => {
    assert.strictEqual(socket.timeout, 100);
    const listeners = socket.listeners('timeout');
    assert.strictEqual(listeners[listeners.length - 1], request.timeoutCb);
    request.destroy();
  }));
  request.on('error', () => {});
}

assert.throws(() => http.request({ timeout: null }), { code: 'ERR_INVALID_ARG_TYPE' });

const server = http.createServer();
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', timeout: 1 });
  req.on('error', () => {});
  let timeouts = 0;
  req.on('timeout', common.mustCall(() => timeouts++));
  // Writing re-arms the socket's timer; the request must not hear it again.
  setTimeout(() => req.end(), common.platformTimeout(20));
  setTimeout(common.mustCall(() => {
    assert.strictEqual(timeouts, 1);
    req.destroy();
  }), common.platformTimeout(200));
  req.on('close', common.mustCall(() => {
    assert.strictEqual(req.destroyed, true);
    server.close();
  }));
}));
