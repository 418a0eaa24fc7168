'use strict';
// flushHeaders() sends the head before any body (chunked, since the length is unknown);
// writeEarlyHints() sends a 103 first; a status message with a line break is refused.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  assert.throws(() => res.writeHead(200, 'bad\r\nmessage'), {
    code: 'ERR_INVALID_CHAR', message: 'Invalid character in statusMessage',
  });
  res.statusMessage = undefined;
  res.writeEarlyHints({ link: ['</a.css>; rel=preload', '</b.js>; rel=preload'] });
  assert.strictEqual(res.headersSent, false);
  res.flushHeaders();
  assert.strictEqual(res.headersSent, true);
  setTimeout(() => res.end('late'), 20);
}));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  const pieces = [];
  socket.setEncoding('latin1');
  socket.on('data', (data) => pieces.push(data));
  socket.on('end', common.mustCall(() => {
    const text = pieces.join('').replace(/Date: [^\r]+\r\n/, '');
    assert.strictEqual(text,
                       'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload, </b.js>; rel=preload\r\n\r\n' +
                       'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n' +
                       '4\r\nlate\r\n0\r\n\r\n');
    server.close();
  }));
}));
