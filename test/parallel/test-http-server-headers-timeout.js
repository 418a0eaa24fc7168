'use strict';
// A client that never finishes its head is answered 408 and cut off after headersTimeout
// (checked every connectionsCheckingInterval); a prompt client on the same server is served.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({
  headersTimeout: 100, requestTimeout: 200, connectionsCheckingInterval: 20,
}, (req, res) => res.end('ok'));

server.listen(0, common.mustCall(() => {
  const slow = net.connect(server.address().port, () => slow.write('GET / HTTP/1.1\r\nHost: x\r\n'));
  let text = '';
  slow.setEncoding('latin1');
  slow.on('data', (data) => { text += data; });
  slow.on('close', common.mustCall(() => {
    assert.strictEqual(text, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    server.close();
  }));
  http.get({ port: server.address().port, agent: false }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 200);
    res.resume();
  }));
}));
