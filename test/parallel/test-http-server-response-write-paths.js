'use strict';
// A response's head and body reach the peer whole and in order however the socket takes them:
// at once (an idle socket), in part (a peer that does not read, so the rest waits in the
// stream), or behind earlier writes; bytesWritten counts every byte, and 'finish' comes after
// the bytes are handed over.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const big = 'x'.repeat(4 * 1024 * 1024);
const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/big') {
    res.setHeader('Content-Type', 'text/plain');
    res.end(big);
  } else if (req.url === '/buffer') {
    res.end(Buffer.from('buffer body'));
  } else if (req.url === '/two') {
    res.write('first,');
    res.end('second');
  } else {
    res.end('small');
  }
  res.on('finish', common.mustCall(() => {
    assert.strictEqual(res.writableFinished, true);
  }));
}, 4));

server.listen(0, common.mustCall(() => {
  const socket = net.connect(server.address().port);
  // Four pipelined requests; the peer reads nothing for a while, so the 4 MB body cannot
  // all go out at once and the responses behind it wait their turn.
  socket.write('GET /big HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /buffer HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /two HTTP/1.1\r\nHost: x\r\n\r\n' +
               'GET /small HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  socket.pause();
  setTimeout(() => socket.resume(), 200);
  const chunks = [];
  socket.on('data', (chunk) => chunks.push(chunk));
  socket.on('end', common.mustCall(() => {
    const text = Buffer.concat(chunks).toString('latin1');
    const responses = text.split(/(?=HTTP\/1\.1 200 OK\r\n)/);
    assert.strictEqual(responses.length, 4);
    const body = (response) => response.slice(response.indexOf('\r\n\r\n') + 4);
    assert.strictEqual(body(responses[0]), big);
    assert.match(responses[0], /\r\nContent-Length: 4194304\r\n/i);
    assert.strictEqual(body(responses[1]), 'buffer body');
    assert.match(body(responses[2]), /first,/);
    assert.match(body(responses[2]), /second/);
    assert.strictEqual(body(responses[3]), 'small');
    server.close();
  }));
}));

// bytesWritten on the server's socket counts head and body of a response written at once.
const counted = http.createServer(common.mustCall((req, res) => {
  const socket = res.socket;
  const before = socket.bytesWritten;
  res.end('counted');
  res.on('finish', common.mustCall(() => {
    const sent = socket.bytesWritten - before;
    assert.ok(sent > 'counted'.length, `bytesWritten grew by ${sent}`);
    assert.strictEqual(sent, res._header.length + 'counted'.length);
  }));
}));
counted.listen(0, common.mustCall(() => {
  http.get({ port: counted.address().port, agent: false }, common.mustCall((res) => {
    res.setEncoding('utf8');
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(body, 'counted');
      counted.close();
    }));
  }));
}));
