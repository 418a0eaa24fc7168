'use strict';
// Chunk extensions longer than 16 KiB are refused with a raw 413, and a parse error in the
// body of a request already handed to the handler is answered raw too (no response of its
// own has started).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { rawExchange } = require('../common/raw-http');

const send = (text) => rawExchange(server.address().port, text, { end: true });

const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => res.end('fine'));
});


const head = 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await send(`${head}2;${'A'.repeat(20000)}=bar\r\nAA\r\n0\r\n\r\n`),
                     'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n');
  assert.strictEqual(await send(`${head}2\r\nAA\r\nzz\r\n`),
                     'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
  // Short extensions on many chunks are fine.
  const ok = await send(`${head}${'1;ext=value\r\nA\r\n'.repeat(2000)}0\r\n\r\n`);
  assert.match(ok, /^HTTP\/1\.1 200 OK\r\n/);
  server.close();
}));
