'use strict';
// One keep-alive connection carrying requests in every shape a read can bring them: whole,
// split anywhere, pipelined, with bodies in later reads; socket.bytesRead counts what was read
// before each request is handled; a 'data' listener added on the socket sees what follows; an
// upgrade gets the bytes after its head; a malformed request ends the connection with 400.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const steps = [];
let sent = 0;
let socketSeen = '';

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    steps.push(`${req.method} ${req.url} ${JSON.stringify(body)}`);
    if (req.url === '/listen') {
      req.socket.on('data', (chunk) => { socketSeen += chunk.toString('latin1'); });
    }
    res.end(`${req.url} ok`);
  });
  if (req.url === '/count') {
    // Everything sent so far has been read: this request is the last bytes on the wire.
    assert.strictEqual(req.socket.bytesRead, sent);
  }
});

server.on('upgrade', common.mustCall((req, socket, head) => {
  steps.push(`upgrade ${JSON.stringify(head.toString('latin1'))}`);
  socket.end('raw bytes back');
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { received += chunk; });

  const writes = [
    'GET /one HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /two HTTP/1.1\r\nHo', 'st: x\r\n', '\r\n',
    'POST /three HTTP/1.1\r\nHost: x\r\nContent-Length: 6\r\n\r\n', 'abc', 'def',
    'GET /four HTTP/1.1\r\nHost: x\r\n\r\nPOST /five HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi',
    'POST /six HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nab', 'c\r\n0\r\n\r\n',
    'GET /count HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /listen HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /seven HTTP/1.1\r\nHost: x\r\n\r\n',
    'GET /up HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: thing\r\n\r\nafter-head',
  ];
  function next(i) {
    if (i === writes.length) return;
    socket.write(writes[i]);
    sent += writes[i].length;
    // Apart, so each is a read of its own (the shapes above are the point).
    setTimeout(() => next(i + 1), common.platformTimeout(30));
  }
  socket.on('connect', () => next(0));
  socket.on('end', common.mustCall(() => {
    assert.deepStrictEqual(steps, [
      'GET /one ""',
      'GET /two ""',
      'POST /three "abcdef"',
      'GET /four ""',
      'POST /five "hi"',
      'POST /six "abc"',
      'GET /count ""',
      'GET /listen ""',
      'GET /seven ""',
      'upgrade "after-head"',
    ]);
    assert.strictEqual(socketSeen, writes.slice(-2).join(''));
    assert.match(received, /\/seven ok/);
    assert.ok(received.endsWith('raw bytes back'));
    malformed();
  }));
}));

function malformed() {
  const socket = net.connect(server.address().port);
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk) => { received += chunk; });
  socket.on('connect', () => {
    socket.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\n');
    setTimeout(() => socket.write('GET /b HTTP/1.1\r\nHost: x\r\n\r\n'), common.platformTimeout(30));
    setTimeout(() => socket.write('GET /c HTTP/1.1\r\nBad Header: x\r\n\r\n'), common.platformTimeout(60));
  });
  socket.on('close', common.mustCall(() => {
    assert.match(received, /\/a ok[^]*\/b ok[^]*HTTP\/1\.1 400 Bad Request/);
    server.close();
  }));
}
