'use strict';
// socket.setTimeout() turned off and on again, many times over (as keep-alive does per
// request), leaves one timer: 'timeout' comes once per idle period, with the last duration
// given, and never after setTimeout(0).
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  for (let i = 0; i < 1000; i++) {
    socket.setTimeout(60000);
    socket.setTimeout(0);
  }
  socket.setTimeout(50);
  const started = Date.now();
  socket.once('timeout', common.mustCall(() => {
    assert.ok(Date.now() - started >= 40);
    assert.strictEqual(socket.timeout, 50);
    // Off again: no further 'timeout' even after a long wait; then on with a new duration.
    socket.setTimeout(0);
    socket.on('timeout', common.mustNotCall());
    setTimeout(common.mustCall(() => {
      socket.removeAllListeners('timeout');
      socket.setTimeout(30, common.mustCall(() => {
        socket.destroy();
        server.close();
      }));
    }), 150);
  }));
}));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port);
  client.on('close', common.mustCall());
  client.on('error', () => {});
}));
