'use strict';
// connect({ timeout }) sets the idle timeout: 'timeout' fires when nothing happens after the
// connection, and the connect callback still runs.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.resume());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.createConnection({ port: server.address().port, host: '127.0.0.1', timeout: 50 },
                                      common.mustCall());
  assert.strictEqual(client.timeout, 50);
  client.on('timeout', common.mustCall(() => {
    client.destroy();
    server.close();
  }));
}));
