'use strict';
// server.maxHeadersCount keeps the first N header lines in `headers` (rawHeaders keeps them
// all; no error);
// maxHeaderSize bounds the whole head (431 beyond it).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { rawExchange } = require('../common/raw-http');

const send = (text) => rawExchange(server.address().port, text);

const server = http.createServer({ maxHeaderSize: 1024 }, common.mustCall((req, res) => {
  assert.deepStrictEqual(req.rawHeaders, ['Host', 'x', 'A', '1', 'B', '2', 'C', '3', 'Connection', 'close']);
  assert.deepStrictEqual({ ...req.headers }, { host: 'x', a: '1' });
  res.end();
}));
server.maxHeadersCount = 2;


server.listen(0, common.mustCall(async () => {
  const ok = await send('GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nB: 2\r\nC: 3\r\nConnection: close\r\n\r\n');
  assert.match(ok, /^HTTP\/1\.1 200 OK\r\n/);
  const big = await send(`GET / HTTP/1.1\r\nHost: x\r\nX: ${'y'.repeat(2000)}\r\n\r\n`);
  assert.strictEqual(big, 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n');
  server.close();
}));
