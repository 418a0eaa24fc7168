'use strict';
// A header name with a space gets 400 and a closed connection; the server keeps serving.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end('fine')));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const bad = net.connect(port, '127.0.0.1', () => bad.write('GET / HTTP/1.1\r\nHost: x\r\nBad Name: 1\r\n\r\n'));
  let reply = '';
  bad.setEncoding('latin1');
  bad.on('data', (chunk) => { reply += chunk; });
  bad.on('close', common.mustCall(() => {
    assert.match(reply, /^HTTP\/1\.1 400 Bad Request\r\n/);
    http.get({ port, host: '127.0.0.1', path: '/', agent: false }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(body, 'fine');
        server.close();
      }));
    }));
  }));
}));
