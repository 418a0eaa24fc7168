'use strict';
// Pipelined requests on one connection are answered in order, the first one late; request
// bodies (plain and chunked) stream to the right request.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (data) => { body += data; });
  req.on('end', () => {
    const reply = () => res.end(`${req.method} ${req.url} ${body}|`);
    if (req.url === '/slow') setTimeout(reply, 30);
    else reply();
  });
}, 4));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port, () => {
    socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n' +
                 'POST /plain HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello' +
                 'POST /chunked HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n' +
                 'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  });
  let text = '';
  socket.setEncoding('latin1');
  socket.on('data', (data) => { text += data; });
  socket.on('end', common.mustCall(() => {
    const bodies = text.split(/HTTP\/1\.1 200 OK\r\n[^]*?\r\n\r\n/).filter(Boolean);
    assert.deepStrictEqual(bodies, ['GET /slow |', 'POST /plain hello|', 'POST /chunked abcde|', 'GET /last |']);
    server.close();
  }));
}));
