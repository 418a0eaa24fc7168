'use strict';
// A second server on a port in use gets 'error' EADDRINUSE on the next tick, in node's
// form for listen errors; the first server is unaffected.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const first = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer();
  second.on('listening', common.mustNotCall());
  let sync = true;
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(sync, false);
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.errno, -98);
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use 127.0.0.1:${port}`);
    assert.strictEqual(second.listening, false);
    assert.strictEqual(second.address(), null);
    assert.strictEqual(first.listening, true);
    first.close();
  }));
  second.listen(port, '127.0.0.1');
  sync = false;
}));
