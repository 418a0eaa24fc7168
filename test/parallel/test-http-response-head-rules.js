'use strict';
// How a response head is built: writeHead's array headers replace stored ones of the same
// name (the last of a repeated name wins), an odd flat array is refused, the caller's
// Keep-Alive replaces ours, a chunked 204 loses its framing and closes the connection, a
// Trailer header forces chunked framing, rejectNonStandardBodyWrites refuses a body for a 204, and early hints validate
// their links and send nothing for none.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer({ rejectNonStandardBodyWrites: true }, (req, res) => {
  switch (req.url) {
    case '/merge':
      res.setHeader('test', '1');
      res.setHeader('kept', 'yes');
      res.writeHead(200, ['test', '2', 'test', '3']);
      break;
    case '/odd':
      assert.throws(() => res.writeHead(200, ['a', '1', 'b']), { code: 'ERR_INVALID_ARG_VALUE' });
      break;
    case '/keep-alive':
      res.setHeader('Keep-Alive', 'timeout=1');
      break;
    case '/204':
      res.writeHead(204, { 'Transfer-Encoding': 'chunked' });
      assert.throws(() => res.write('body'), { code: 'ERR_HTTP_BODY_NOT_ALLOWED' });
      break;
    case '/trailer':
      res.setHeader('Trailer', 'x-t');
      res.addTrailers({ 'x-t': 'v' });
      res.end('body');
      return;
    case '/hints':
      assert.throws(() => res.writeEarlyHints('x'), { code: 'ERR_INVALID_ARG_TYPE' });
      for (const link of ['</>; ', 'rel=preload; </a.js>', 'nope', ['</a>', 'b']]) {
        assert.throws(() => res.writeEarlyHints({ link }), { code: 'ERR_INVALID_ARG_VALUE' });
      }
      res.writeEarlyHints({ link: [] });
      res.writeEarlyHints({});
      res.writeEarlyHints({ 'link': ['</a.css>; rel=preload; as=style', '</b.js>; crossorigin'],
                            'x-id': '7' });
      break;
  }
  res.end();
});

function raw(path) {
  return new Promise((resolve) => {
    const socket = net.connect(server.address().port, () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
    });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (data) => { text += data; });
    socket.on('end', () => resolve(text));
    setTimeout(() => socket.end(), common.platformTimeout(200));
  });
}

server.listen(0, common.mustCall(async () => {
  const merged = await raw('/merge');
  assert.match(merged, /\r\ntest: 3\r\n/);
  assert.doesNotMatch(merged, /test: 1/);
  assert.match(merged, /\r\nkept: yes\r\n/);
  assert.match(await raw('/odd'), /^HTTP\/1\.1 200 OK\r\n/);
  const keepAlive = await raw('/keep-alive');
  assert.match(keepAlive, /\r\nKeep-Alive: timeout=1\r\n/);
  assert.strictEqual(keepAlive.match(/Keep-Alive:/gi).length, 1);
  const noContent = await raw('/204');
  assert.match(noContent, /^Connection: close\r\n$/m);
  assert.doesNotMatch(noContent, /^0\r\n$/m);
  const trailer = await raw('/trailer');
  assert.match(trailer, /\r\nTransfer-Encoding: chunked\r\n/);
  assert.match(trailer, /\r\n0\r\nx-t: v\r\n\r\n$/);
  const hints = await raw('/hints');
  assert.strictEqual(hints.match(/HTTP\/1\.1 103/g).length, 1);
  assert.match(hints, /^HTTP\/1\.1 103 Early Hints\r\nLink: <\/a\.css>; rel=preload; as=style, <\/b\.js>; crossorigin\r\nx-id: 7\r\n\r\nHTTP\/1\.1 200 OK\r\n/);
  server.close();
}));
