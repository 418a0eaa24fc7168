'use strict';
// readyState, pending and connecting of a client socket from creation to close.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const fresh = new net.Socket();
assert.strictEqual(fresh.readyState, 'open');  // node's answer before connect()
assert.strictEqual(fresh.pending, true);
assert.strictEqual(fresh.connecting, false);
assert.strictEqual(fresh._connecting, false);
assert.deepStrictEqual(fresh.address(), {});
assert.strictEqual(fresh.remoteAddress, undefined);
assert.strictEqual(fresh.localPort, undefined);
assert.strictEqual(fresh.bytesRead, 0);
assert.strictEqual(fresh.bytesWritten, 0);
assert.strictEqual(fresh.bufferSize, undefined);

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.readyState, 'opening');
  assert.strictEqual(client.pending, true);
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.strictEqual(client.pending, false);
    assert.strictEqual(client.bufferSize, 0);
  }));
  client.on('end', common.mustCall(() => {
    // The server ended; this side may still write until it ends too.
    assert.strictEqual(client.readyState, 'writeOnly');
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'closed');
    assert.strictEqual(client.pending, true);
    server.close();
  }));
}));
