'use strict';
// The head ServerResponse writes: user headers first in the order set, then Date, Connection
// and Keep-Alive, then Content-Length for end(body) or chunked framing for write().
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
  if (req.url === '/length') {
    res.setHeader('Content-Type', 'text/plain');
    res.setHeader('X-Array', ['1', '2']);
    assert.strictEqual(res.headersSent, false);
    res.end('héllo');
    assert.strictEqual(res.headersSent, true);
  } else if (req.url === '/chunked') {
    res.statusCode = 201;
    res.write('ab');
    res.write(Buffer.from('cde'));
    res.end();
  } else if (req.url === '/writehead') {
    res.setHeader('X-Set', 'set');
    res.writeHead(404, 'Gone Fishing', { 'X-Head': 'head' });
    assert.throws(() => res.setHeader('X-Late', '1'), { code: 'ERR_HTTP_HEADERS_SENT' });
    res.end();
  } else {
    res.writeHead(204);
    res.end();
  }
});

function get(path) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => {
      socket.end(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => {
      text += data;
      if (/\r\n\r\n/.test(text) && (/0\r\n\r\n$|Length: 6\r\n\r\nh.*llo$|Length: 0\r\n\r\n$|^HTTP\/1.1 204[^]*\r\n\r\n$/.test(text))) socket.destroy();
    });
    socket.on('close', () => resolve(text.replace(/Date: [^\r]+/, 'Date: D')));
  });
}

server.listen(0, common.mustCall(async () => {
  assert.strictEqual(await get('/length'),
                     'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nX-Array: 1\r\nX-Array: 2\r\n' +
                     'Date: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
                     'Content-Length: 6\r\n\r\nh\xc3\xa9llo');
  assert.strictEqual(await get('/chunked'),
                     'HTTP/1.1 201 Created\r\nDate: D\r\nConnection: keep-alive\r\n' +
                     'Keep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n' +
                     '2\r\nab\r\n3\r\ncde\r\n0\r\n\r\n');
  assert.strictEqual(await get('/writehead'),
                     'HTTP/1.1 404 Gone Fishing\r\nX-Set: set\r\nX-Head: head\r\nDate: D\r\n' +
                     'Connection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n' +
                     '0\r\n\r\n');
  assert.strictEqual(await get('/204'),
                     'HTTP/1.1 204 No Content\r\nDate: D\r\nConnection: keep-alive\r\n' +
                     'Keep-Alive: timeout=5\r\n\r\n');
  server.close();
}));
