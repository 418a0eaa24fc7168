'use strict';
// res.strictContentLength: a write past the announced Content-Length throws, and end() with
// fewer or more bytes in all throws, leaving the response usable; without a Content-Length
// (chunked) nothing is checked.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const mismatch = { code: 'ERR_HTTP_CONTENT_LENGTH_MISMATCH' };
const server = http.createServer(common.mustCall((req, res) => {
  res.strictContentLength = true;
  if (req.url === '/more') {
    res.setHeader('Content-Length', 5);
    res.write('hello');
    assert.throws(() => res.write('a'), mismatch);
    res.end();
  } else if (req.url === '/fewer') {
    res.setHeader('Content-Length', 5);
    res.write('a');
    assert.throws(() => res.end('aaa'), mismatch);
    res.end('aaaa');
  } else if (req.url === '/end-only') {
    res.setHeader('Content-Length', 3);
    assert.throws(() => res.end('ab'), mismatch);
  } else {
    res.write('no length');
    res.end(' at all');
  }
}, 4));

server.listen(0, common.mustCall(async () => {
  const { port } = server.address();
  const get = (path) => new Promise((resolve) => {
    http.get({ port, path }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve(body));
    }).on('error', () => resolve(null));
  });
  assert.strictEqual(await get('/more'), 'hello');
  assert.strictEqual(await get('/fewer'), 'aaaaa');
  assert.strictEqual(await get('/chunked'), 'no length at all');
  // The handler gave up on /end-only: the connection goes with the server.
  get('/end-only');
  setTimeout(() => {
    server.closeAllConnections();
    server.close();
  }, common.platformTimeout(100));
}));
