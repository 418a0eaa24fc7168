'use strict';
// With allowHalfOpen, a socket whose peer ended can still write; without it, the socket
// ends its side too once it has read everything.
const common = require('../common');
const assert = require('assert');
const net = require('net');

let connections = 0;
const server = net.createServer({ allowHalfOpen: true }, common.mustCall((socket) => {
  assert.strictEqual(socket.allowHalfOpen, true);
  if (++connections === 2) {
    socket.resume();
    socket.on('end', () => socket.end());
    return;
  }
  let received = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk) => { received += chunk; });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, 'question');
    assert.strictEqual(socket.writable, true);
    // Answer after the peer has ended its side.
    setTimeout(() => socket.end('answer'), 20);
  }));
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  assert.strictEqual(client.allowHalfOpen, true);
  client.end('question');
  let answer = '';
  client.setEncoding('utf8');
  client.on('data', (chunk) => { answer += chunk; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(answer, 'answer');
  }));
  client.on('close', common.mustCall(() => {
    // Now without allowHalfOpen: the server's end makes the client end too.
    const plain = net.connect(server.address().port, '127.0.0.1');
    assert.strictEqual(plain.allowHalfOpen, false);
    plain.end('question');
    plain.resume();
    plain.on('finish', common.mustCall());
    plain.on('close', common.mustCall(() => server.close()));
  }));
}));
