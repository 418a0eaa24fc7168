'use strict';
// listen({ fd }) serves on an inherited listening socket: a child takes over the parent's
// listening descriptor as fd 3 and accepts a connection on it.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawnSync } = require('child_process');

const server = net.createServer(common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const child = spawnSync(process.execPath, ['-e', `
    const net = require('net');
    const inherited = net.createServer((socket) => socket.end('from the child'));
    inherited.listen({ fd: 3 }, () => {
      const address = inherited.address();
      const client = net.connect(address.port, '127.0.0.1');
      client.setEncoding('utf8');
      client.on('data', (data) => console.log(data, address.port === ${port}));
      client.on('close', () => inherited.close());
    });
  `], { stdio: ['ignore', 'pipe', 'pipe', server._handle.fd], encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'from the child true\n');
  server.close();
}));
