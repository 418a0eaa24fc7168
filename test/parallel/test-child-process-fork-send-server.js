'use strict';
// Passing a listening net.Server to a child: the child gets a working server, serves a
// request with it after the parent closed its own copy.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message, server) => {
    assert.strictEqual(message, 'server');
    assert.ok(server instanceof net.Server);
    server.on('connection', (socket) => {
      socket.end('served by the child');
      server.close();
      process.disconnect();
    });
    process.send('ready');
  });
  return;
}

const server = net.createServer(common.mustNotCall());
server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const child = fork(__filename, ['child']);
  child.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'ready');
    const client = net.connect(port, '127.0.0.1');
    let reply = '';
    client.setEncoding('utf8');
    client.on('data', (chunk) => { reply += chunk; });
    client.on('end', common.mustCall(() => assert.strictEqual(reply, 'served by the child')));
  }));
  child.send('server', server, common.mustSucceed(() => server.close()));
  child.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}));
