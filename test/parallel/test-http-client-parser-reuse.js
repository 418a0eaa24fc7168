'use strict';
// A client request's parser is req.parser while the response comes in and null once the
// request is done; requests that follow one another on a kept-alive socket reuse it. After
// an upgrade, neither side's socket keeps a parser.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, common.mustCall(() => {
  let first;
  let done = 0;
  for (let i = 0; i < 20; i++) {
    const req = http.get({ port: server.address().port, agent }, common.mustCall((res) => {
      assert.ok(req.parser);
      assert.strictEqual(req.socket.parser, req.parser);
      first ??= req.parser;
      assert.strictEqual(req.parser, first);
      res.resume();
      res.on('end', common.mustCall(() => {
        setImmediate(common.mustCall(() => {
          assert.strictEqual(req.parser, null);
          if (++done === 20) {
            agent.destroy();
            server.close();
          }
        }));
      }));
    }));
  }
}));

const upgrading = http.createServer();
upgrading.on('connection', common.mustCall((socket) => {
  assert.ok(socket.parser);
}));
upgrading.on('upgrade', common.mustCall((req, socket) => {
  assert.strictEqual(socket.parser, null);
  socket.end('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: test\r\n\r\n');
}));
upgrading.listen(0, common.mustCall(() => {
  const req = http.get({
    port: upgrading.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'test' },
  });
  req.on('upgrade', common.mustCall((res, socket) => {
    assert.strictEqual(socket.parser, null);
    socket.destroy();
    upgrading.close();
  }));
}));
