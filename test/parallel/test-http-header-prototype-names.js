'use strict';
// Header fields named like Object.prototype members are fields like any other: `headers`
// keeps them as its own properties (joined when repeated), headersDistinct lists them, and
// a request carrying them does not break the server. The server's highWaterMark option is
// its requests' and responses'; req.clearTimeout() exists, as node's.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ highWaterMark: 1234 }, common.mustCall((req, res) => {
  if (req.url === '/second') return res.end();
  assert.strictEqual(req.headers.constructor, 'a, b');
  assert.strictEqual(req.headers.tostring, 'c');
  assert(Object.hasOwn(req.headers, 'constructor'));
  assert.deepStrictEqual(req.headersDistinct.constructor, ['a', 'b']);
  assert.deepStrictEqual(req.headersDistinct.hasownproperty, ['d']);
  assert.strictEqual(req.readableHighWaterMark, 1234);
  assert.strictEqual(res.writableHighWaterMark, 1234);
  res.end('ok');
}, 2));
server.listen(0, common.mustCall(() => {
  const client = net.connect(server.address().port, () => {
    client.end('GET / HTTP/1.1\r\nHost: x\r\nConstructor: a\r\nConstructor: b\r\n' +
               'toString: c\r\nhasOwnProperty: d\r\nConnection: close\r\n\r\n');
  });
  let reply = '';
  client.setEncoding('latin1');
  client.on('data', (chunk) => reply += chunk);
  client.on('end', common.mustCall(() => {
    assert.match(reply, /^HTTP\/1\.1 200 OK\r\n/);
    const req = http.get({ port: server.address().port, path: '/second' }, common.mustCall((res) => {
      req.clearTimeout();
      res.resume();
      res.on('end', common.mustCall(() => server.close()));
    }));
  }));
}));
