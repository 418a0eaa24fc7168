'use strict';
// An HTTP/1.1 request without Host gets 400 and the connection closed, unless the server was
// made with requireHostHeader: false; HTTP/1.0 needs no Host.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

function send(server, text) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => socket.write(text));
    let response = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => { response += data; });
    socket.on('close', () => resolve(response.replace(/Date: [^\r]+\r\n/, '')));
  });
}

const strict = http.createServer((req, res) => res.end('ok'));
const relaxed = http.createServer({ requireHostHeader: false }, (req, res) => res.end('ok'));
assert.throws(() => http.createServer({ requireHostHeader: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

strict.listen(0, common.mustCall(() => relaxed.listen(0, common.mustCall(async () => {
  assert.strictEqual(await send(strict, 'GET / HTTP/1.1\r\n\r\n'),
                     'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n');
  assert.match(await send(strict, 'GET / HTTP/1.0\r\n\r\n'), /^HTTP\/1\.1 200 OK\r\n[^]*ok$/);
  assert.match(await send(relaxed, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n'), /^HTTP\/1\.1 200 OK\r\n[^]*ok$/);
  strict.close();
  relaxed.close();
}))));
