'use strict';
// ipv6Only: a server on "::" then takes IPv6 connections only, and another server can take
// the same port for IPv4.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer((socket) => socket.end('v6'));
server.listen({ port: 0, host: '::', ipv6Only: true }, common.mustCall(() => {
  const { port } = server.address();
  assert.strictEqual(server.address().family, 'IPv6');
  const v4 = net.createServer((socket) => socket.end('v4'));
  v4.listen(port, '0.0.0.0', common.mustCall(() => {
    const answers = [];
    const ask = (host, done) => {
      const client = net.connect(port, host);
      client.setEncoding('utf8');
      client.on('data', (data) => answers.push(data));
      client.on('close', done);
    };
    ask('::1', () => ask('127.0.0.1', common.mustCall(() => {
      assert.deepStrictEqual(answers, ['v6', 'v4']);
      server.close();
      v4.close();
    })));
  }));
}));
