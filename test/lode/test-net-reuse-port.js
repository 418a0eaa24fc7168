'use strict';
// lode's reusePort listen option (node 22's, absent from node 20): several servers share a
// port through SO_REUSEPORT; without it the second listen fails with EADDRINUSE.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const first = net.createServer().listen({ port: 0, host: '127.0.0.1', reusePort: true }, common.mustCall(() => {
  const { port } = first.address();
  const second = net.createServer().listen({ port, host: '127.0.0.1', reusePort: true }, common.mustCall(() => {
    assert.strictEqual(second.address().port, port);
    const plain = net.createServer().listen({ port, host: '127.0.0.1' });
    plain.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EADDRINUSE');
      // Connections reach one of the two.
      let served = 0;
      const serve = (socket) => {
        served++;
        socket.end();
      };
      first.on('connection', serve);
      second.on('connection', serve);
      const client = net.connect(port, '127.0.0.1');
      client.resume();
      client.on('close', common.mustCall(() => {
        assert.strictEqual(served, 1);
        first.close();
        second.close();
      }));
    }));
  }));
}));
