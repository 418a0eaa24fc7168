'use strict';
// A server on a Unix domain socket: address() is the path, clients connect by path, pipe
// sockets have no IP addresses, and errors name the path.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const path = tmpdir.resolve('server.sock');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, undefined);
  socket.end('over a pipe');
}));

server.listen(path, common.mustCall(() => {
  assert.strictEqual(server.address(), path);
  assert.strictEqual(server.listening, true);

  // A second server on the same path.
  const second = net.createServer().listen(path);
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${path}`);
  }));

  const client = net.connect(path);
  client.on('connect', common.mustCall(() => {
    assert.strictEqual(client.readyState, 'open');
    assert.deepStrictEqual(client.address(), {});
    assert.strictEqual(client.remoteAddress, undefined);
    assert.strictEqual(client.remotePort, undefined);
  }));
  let data = '';
  client.setEncoding('utf8');
  client.on('data', (chunk) => { data += chunk; });
  client.on('close', common.mustCall(() => {
    assert.strictEqual(data, 'over a pipe');
    server.close(common.mustCall(() => {
      const missing = net.connect({ path });
      missing.on('error', common.mustCall((err) => {
        assert.strictEqual(err.code, 'ENOENT');
        assert.strictEqual(err.syscall, 'connect');
        assert.strictEqual(err.address, path);
        assert.strictEqual(err.message, `connect ENOENT ${path}`);
        assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address']);
      }));
    }));
  }));
}));
