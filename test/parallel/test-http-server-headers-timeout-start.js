'use strict';
// headersTimeout runs from a connection's start (one that sends nothing gets a 408), and for
// a pipelined request from the moment its first byte is parsed, even within the chunk that
// finished the previous request. keepAliveTimeout comes from the options (0: no Keep-Alive).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { rawExchange } = require('../common/raw-http');

const exchange = (text) => rawExchange(server.address().port, text);

const headersTimeout = common.platformTimeout(400);
const server = http.createServer({
  headersTimeout,
  requestTimeout: 0,
  keepAliveTimeout: 0,
  connectionsCheckingInterval: headersTimeout / 4,
}, common.mustCall((req, res) => res.end(), 1));
assert.strictEqual(server.keepAliveTimeout, 0);

const timeoutAnswer = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';


server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await exchange(''), timeoutAnswer);
  const pipelined = await exchange('GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost: x\r\n');
  assert.match(pipelined, /^HTTP\/1\.1 200 OK\r\n/);
  assert.doesNotMatch(pipelined, /Keep-Alive:/);
  assert.ok(pipelined.endsWith(`0\r\n\r\n${timeoutAnswer}`), pipelined);
  server.close();
}));
