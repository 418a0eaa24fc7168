'use strict';
// process.getActiveResourcesInfo() names TCP handles as node does, from the moment a handle
// exists (a socket still connecting included) until it is closed.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// stdio may be pipes or terminals; look at the TCP entries only.
const tcpResources = () => process.getActiveResourcesInfo().filter((name) => name.startsWith('TCP'));

const server = net.createServer(common.mustCall((socket) => socket.end()));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  assert.deepStrictEqual(tcpResources(), ['TCPServerWrap']);
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.deepStrictEqual(tcpResources(), ['TCPServerWrap', 'TCPSocketWrap']);
  client.unref();
  client.on('connect', common.mustCall(() => {
    // An unref'd handle is not listed.
    assert.ok(tcpResources().length <= 2);
    client.ref();
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    server.close(common.mustCall(() => {
      setTimeout(common.mustCall(() => assert.deepStrictEqual(tcpResources(), [])), 10);
    }));
  }));
}));
