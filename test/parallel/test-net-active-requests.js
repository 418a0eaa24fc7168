'use strict';
// process.getActiveResourcesInfo() lists requests in flight before the handles, with node's
// names: a connect request, and a write still draining.
const common = require('../common');
const assert = require('assert');
const net = require('net');

// stdio may be pipes or terminals; leave them out.
const resources = () => process.getActiveResourcesInfo().filter((name) => !name.startsWith('TTY') && name !== 'PipeWrap');

const server = net.createServer((socket) => {
  setTimeout(() => socket.resume(), 100);
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  process.nextTick(common.mustCall(() => {
    assert.deepStrictEqual(resources(), ['ConnectWrap', 'TCPServerWrap', 'TCPSocketWrap']);
  }));
  client.on('connect', common.mustCall(() => {
    client.write(Buffer.alloc(32 * 1024 * 1024));
    client.end();
    // The connect request is still listed while its callback runs. The server may or may
    // not have accepted its side yet.
    const listed = resources();
    assert.deepStrictEqual(listed.slice(0, 3), ['ConnectWrap', 'SimpleWriteWrap', 'TCPServerWrap']);
    assert.ok(listed.includes('TCPSocketWrap'));
    assert.strictEqual(listed.at(-1), 'Timeout');
  }));
  client.resume();
  client.on('close', common.mustCall(() => server.close()));
}));
