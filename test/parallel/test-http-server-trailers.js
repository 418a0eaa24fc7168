'use strict';
// addTrailers() on a chunked response writes the trailer after the last chunk; a Trailer
// header on a response that is not chunked is refused.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/bad') {
    res.setHeader('Trailer', 'X-Sum');
    res.setHeader('Content-Length', 1);
    assert.throws(() => res.writeHead(200), {
      code: 'ERR_HTTP_TRAILER_INVALID', message: 'Trailers are invalid with this transfer encoding',
    });
    res.destroy();
    return;
  }
  res.writeHead(200, { 'Trailer': 'X-Sum' });
  res.write('data');
  assert.throws(() => res.addTrailers({ 'bad name': 'x' }), { code: 'ERR_INVALID_HTTP_TOKEN' });
  assert.throws(() => res.addTrailers({ 'x': 'a\rb' }), {
    code: 'ERR_INVALID_CHAR', message: 'Invalid character in trailer content ["x"]',
  });
  res.addTrailers({ 'X-Sum': 'abc' });
  res.end();
}, 2));

function get(path) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => { text += data; });
    socket.on('error', () => {});
    socket.on('close', () => resolve(text));
  });
}

server.listen(0, common.mustCall(async () => {
  const text = await get('/');
  assert.match(text, /\r\nTrailer: X-Sum\r\n/);
  assert.match(text, /\r\n\r\n4\r\ndata\r\n0\r\nX-Sum: abc\r\n\r\n$/);
  assert.strictEqual(await get('/bad'), '');
  server.close();
}));
