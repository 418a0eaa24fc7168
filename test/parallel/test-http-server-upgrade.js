'use strict';
// 'upgrade' gets the request, the raw socket and the bytes after the head; the client's
// 'upgrade' gets the 101 response, the socket and what followed it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(head.toString(), '');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nwelcome:');
  socket.on('data', (data) => socket.write(data));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({
    port: server.address().port, agent: false,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' },
  });
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(head.toString(), 'welcome:');
    socket.write('ping');
    socket.once('data', common.mustCall((data) => {
      assert.strictEqual(data.toString(), 'ping');
      socket.destroy();
      server.close();
    }));
  }));
  req.end();
}));
