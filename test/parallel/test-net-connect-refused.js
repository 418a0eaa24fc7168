'use strict';
// Connecting to a port nobody listens on fails with ECONNREFUSED, shaped as node's error,
// then 'close' with hadError.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// Find a free port: listen, note it, close.
const probe = net.createServer().listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = probe.address();
  probe.close(common.mustCall(() => {
    const client = net.connect({ port, host: '127.0.0.1' });
    client.on('connect', common.mustNotCall());
    client.on('connectionAttemptFailed', common.mustCall((address, attemptPort, family, error) => {
      assert.strictEqual(address, '127.0.0.1');
      assert.strictEqual(attemptPort, port);
      assert.strictEqual(family, 4);
      assert.strictEqual(error.code, 'ECONNREFUSED');
    }));
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ECONNREFUSED');
      assert.strictEqual(err.errno, -111);
      assert.strictEqual(err.syscall, 'connect');
      assert.strictEqual(err.address, '127.0.0.1');
      assert.strictEqual(err.port, port);
      assert.strictEqual(err.message, `connect ECONNREFUSED 127.0.0.1:${port}`);
      assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
      assert.ok(err instanceof Error);
    }));
    client.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
      assert.strictEqual(client.destroyed, true);
    }));
  }));
}));
