'use strict';
// server.address() and server.listening through a server's life, for the unspecified
// address (IPv6 "::" when available) and an explicit IPv4 host.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer();
assert.strictEqual(server.listening, false);
assert.strictEqual(server.address(), null);

server.listen(0, common.mustCall(function() {
  assert.strictEqual(this, server);
  assert.strictEqual(server.listening, true);
  const address = server.address();
  assert.deepStrictEqual(Object.keys(address), ['address', 'family', 'port']);
  assert.strictEqual(address.address, '::');
  assert.strictEqual(address.family, 'IPv6');
  assert.ok(address.port > 0 && address.port < 65536);
  // The same object shape each time, a new object each time.
  assert.notStrictEqual(server.address(), address);
  assert.deepStrictEqual(server.address(), address);
  server.close(common.mustCall(() => {
    assert.strictEqual(server.listening, false);
    assert.strictEqual(server.address(), null);
    const v4 = net.createServer().listen({ port: 0, host: '127.0.0.1' }, common.mustCall(() => {
      assert.deepStrictEqual(v4.address(), { address: '127.0.0.1', family: 'IPv4', port: v4.address().port });
      v4.close();
    }));
  }));
}));
