'use strict';
// CONNECT goes to 'connect' with the raw socket and the bytes after the head; the client's
// 'connect' gets the 200 response and the tunnel.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('connect', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.method, 'CONNECT');
  assert.strictEqual(req.url, 'example.com:443');
  socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
  socket.on('data', (data) => socket.end(`tunnel:${data}`));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'CONNECT', path: 'example.com:443', agent: false });
  req.on('connect', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 200);
    assert.strictEqual(head.length, 0);
    socket.write('hi');
    let text = '';
    socket.on('data', (data) => { text += data; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(text, 'tunnel:hi');
      socket.destroy();
      server.close();
    }));
  }));
  req.end();
}));
