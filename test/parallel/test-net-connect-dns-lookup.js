'use strict';
// net.connect looks host names up with dns.lookup: the 'lookup' event reports what it found,
// and a name that does not resolve fails the connection with getaddrinfo's error.
const common = require('../common');
const assert = require('assert');
const dns = require('dns');
const net = require('net');

const server = net.createServer((socket) => socket.end());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  let connected = 0;
  const closeWhenBothConnected = () => {
    if (++connected === 2) server.close();
  };
  const socket = net.connect({ host: 'localhost', port, family: 4 });
  socket.on('lookup', common.mustCall((err, address, family, host) => {
    assert.ifError(err);
    assert.strictEqual(address, '127.0.0.1');
    assert.strictEqual(family, 4);
    assert.strictEqual(host, 'localhost');
  }));
  socket.on('connect', common.mustCall(() => {
    socket.destroy();
    closeWhenBothConnected();
  }));

  // A lookup option receives dns.lookup's arguments.
  const custom = net.connect({
    host: 'example.test',
    port,
    lookup: common.mustCall((host, options, callback) => {
      assert.strictEqual(host, 'example.test');
      dns.lookup('127.0.0.1', options, callback);
    }),
  });
  custom.on('connect', common.mustCall(() => {
    custom.destroy();
    closeWhenBothConnected();
  }));

  const lost = net.connect({ host: 'no-such-host.invalid', port });
  lost.on('error', common.mustCall((err) => {
    assert.strictEqual(err.syscall, 'getaddrinfo');
    assert.strictEqual(err.hostname, 'no-such-host.invalid');
  }));
}));
