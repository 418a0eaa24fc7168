'use strict';
// Hostile input over raw sockets: each malformed request gets node's error response and the
// connection closed, and the server goes on serving well-formed requests.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { rawExchange } = require('../common/raw-http');

const send = (text) => rawExchange(server.address().port, text);

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('fine'));
});


const bad = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const cases = [
  ['GARBAGE\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n', bad],
  ['POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nX: a\x01b\r\n\r\n', bad],
  ['GET / HTTP/1.1\r\nX: a\r\n  folded\r\n\r\n', bad],
  [`GET / HTTP/1.1\r\nX-Big: ${'a'.repeat(20 * 1024)}\r\n\r\n`,
   'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'],
];

// A request without Host gets its 400 through its response (requireHostHeader); the bad
// chunk size after it adds nothing.
const badInFlight = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n';
const chunkCase = 'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n';

server.listen(0, common.mustCall(async () => {
  assert.strictEqual((await send(chunkCase)).replace(/Date: [^\r]+\r\n/, ''), badInFlight);
  for (const [request, expected] of cases) {
    assert.strictEqual(await send(request), expected, JSON.stringify(request.slice(0, 60)));
    const ok = await send('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    assert.match(ok, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfine$/);
  }
  server.close();
}));
