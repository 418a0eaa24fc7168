'use strict';
// udp6 sockets on ::1, skipped where the machine has no IPv6 loopback.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const os = require('os');

const hasIPv6Loopback = Object.values(os.networkInterfaces()).flat()
  .some((entry) => entry.family === 'IPv6' && entry.address === '::1');
if (!hasIPv6Loopback) {
  console.log('1..0 # Skipped: no IPv6 loopback');
  process.exit(0);
}

const server = dgram.createSocket({ type: 'udp6', ipv6Only: true });
server.bind(0, '::1', common.mustCall(() => {
  const address = server.address();
  assert.strictEqual(address.family, 'IPv6');
  assert.strictEqual(address.address, '::1');
  const client = dgram.createSocket('udp6');
  client.send('six', address.port, common.mustSucceed());  // localhost is ::1 for udp6
  server.on('message', common.mustCall((message, rinfo) => {
    assert.strictEqual(message.toString(), 'six');
    assert.strictEqual(rinfo.family, 'IPv6');
    assert.strictEqual(rinfo.address, '::1');
    client.close();
    server.close();
  }));
}));
