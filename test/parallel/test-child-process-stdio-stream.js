'use strict';
// stdio entries that are streams: a connected net.Socket (its handle is passed on, so the
// child writes straight into the connection) and an object with an fd.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { spawn } = require('child_process');

const server = net.createServer(common.mustCall((connection) => {
  let text = '';
  connection.setEncoding('utf8');
  connection.on('data', (chunk) => { text += chunk; });
  connection.on('end', common.mustCall(() => {
    assert.strictEqual(text, 'through the socket\n');
    server.close();
  }));
}));
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const child = spawn('echo', ['through the socket'], { stdio: ['ignore', client, 'inherit'] });
    assert.strictEqual(child.stdout, null);
    child.on('close', common.mustCall((code) => {
      assert.strictEqual(code, 0);
      client.end();
    }));
  }));
}));

// { fd }: the child's stdout is our stderr's descriptor.
const withFd = spawn('true', [], { stdio: ['ignore', { fd: 2 }, 'ignore'] });
assert.strictEqual(withFd.stdout, null);
withFd.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
