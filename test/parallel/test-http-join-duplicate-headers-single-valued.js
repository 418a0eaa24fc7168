'use strict';
// joinDuplicateHeaders joins even the headers node otherwise keeps the first of
// (Authorization, Host, …), on the server's requests and the client's responses; and a
// kept-alive request is destroyed by the time its response's 'end' listeners run, so that
// abort() there leaves the pooled socket alone.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer({ joinDuplicateHeaders: true }, common.mustCall((req, res) => {
  assert.strictEqual(req.headers.authorization, 'a, b');
  assert.strictEqual(req.headers['user-agent'], 'x, y');
  res.writeHead(200, ['etag', '1', 'etag', '2', 'location', '/p', 'location', '/q']);
  res.end();
}));
server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({
    port: server.address().port,
    agent,
    joinDuplicateHeaders: true,
    // An array head is sent as given: no Host is added.
    headers: ['host', 'localhost', 'authorization', 'a', 'authorization', 'b',
              'user-agent', 'x', 'user-agent', 'y'],
  }, common.mustCall((res) => {
    assert.strictEqual(res.headers.etag, '1, 2');
    assert.strictEqual(res.headers.location, '/p, /q');
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.strictEqual(req.destroyed, true);
      req.abort();
      assert.strictEqual(req.socket.destroyed, false);
      agent.destroy();
      server.close();
    }));
  }));
}));
