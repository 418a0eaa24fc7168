'use strict';
// A bare CR inside or right after a header value is refused with 400 (it could hide a second
// header or request behind it), whether the head arrives at once or byte by byte.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { rawExchange } = require('../common/raw-http');

const send = (text, byteByByte) => rawExchange(server.address().port, text, { byteByByte });

const server = http.createServer(common.mustNotCall());
const bad = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';


const cases = [
  'GET / HTTP/1.1\r\nHost: localhost\r\nDummy: x\rContent-Length: 23\r\n\r\n' +
    'GET / HTTP/1.1\r\nDummy: GET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: localhost\r\nx:x\rTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: localhost\r\nx:\rTransfer-Encoding: chunked\r\n\r\n1\r\nA\r\n0\r\n\r\n',
];

server.listen(0, common.mustCall(async () => {
  for (const text of cases) {
    assert.strictEqual(await send(text, false), bad);
    assert.strictEqual(await send(text, true), bad);
  }
  server.close();
}));
