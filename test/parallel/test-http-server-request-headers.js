'use strict';
// A request's head as the server sees it: method, url, version, rawHeaders as sent, and the
// lowercased headers object with node's duplicate rules (joined with ', ', cookies with '; ',
// set-cookie as an array, single-valued headers keep the first).
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.strictEqual(req.method, 'GET');
  assert.strictEqual(req.url, '/path?q=1');
  assert.strictEqual(req.httpVersion, '1.1');
  assert.strictEqual(req.httpVersionMajor, 1);
  assert.strictEqual(req.httpVersionMinor, 1);
  assert.deepStrictEqual(req.rawHeaders, [
    'Host', 'example', 'X-Multi', 'a', 'x-multi', 'b', 'Cookie', 'c=1', 'cookie', 'd=2',
    'Set-Cookie', 's=1', 'Set-Cookie', 's=2', 'Content-Type', 'text/a', 'Content-Type', 'text/b',
    'User-Agent', 'one', 'User-Agent', 'two', 'X-Space', 'trailing', 'Connection', 'close',
  ]);
  assert.deepStrictEqual({ ...req.headers }, {
    'host': 'example',
    'x-multi': 'a, b',
    'cookie': 'c=1; d=2',
    'set-cookie': ['s=1', 's=2'],
    'content-type': 'text/a',
    'user-agent': 'one',
    'x-space': 'trailing',
    'connection': 'close',
  });
  assert.deepStrictEqual(req.headersDistinct['x-multi'], ['a', 'b']);
  assert.deepStrictEqual(req.headersDistinct['user-agent'], ['one', 'two']);
  assert.strictEqual(req.complete, false);
  req.on('end', common.mustCall(() => {
    assert.strictEqual(req.complete, true);
    res.end('ok');
  }));
  req.resume();
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => {
    socket.write('GET /path?q=1 HTTP/1.1\r\nHost: example\r\nX-Multi: a\r\nx-multi: b\r\n' +
                 'Cookie: c=1\r\ncookie: d=2\r\nSet-Cookie: s=1\r\nSet-Cookie: s=2\r\n' +
                 'Content-Type: text/a\r\nContent-Type: text/b\r\nUser-Agent: one\r\n' +
                 'User-Agent: two\r\nX-Space: trailing   \r\nConnection: close\r\n\r\n');
  });
  let response = '';
  socket.setEncoding('latin1');
  socket.on('data', (data) => { response += data; });
  socket.on('end', common.mustCall(() => {
    assert.match(response, /^HTTP\/1\.1 200 OK\r\n/);
    assert.match(response, /\r\n\r\nok$/);
    server.close();
  }));
}));
