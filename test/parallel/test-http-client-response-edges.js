'use strict';
// Client responses: a 304 has no body whatever its Content-Length says; a path with
// characters past latin1 is refused; destroying a response mid-body closes it only once its
// socket has closed, and its error reaches the request; after CONNECT the socket is the
// user's, with none of the agent's or the request's listeners left on it.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.throws(() => http.request({ path: '/caf\u20ac' }), {
  code: 'ERR_UNESCAPED_CHARACTERS',
  name: 'TypeError',
});

const server = http.createServer((req, res) => {
  if (req.url === '/304') {
    res.writeHead(304, { 'Content-Length': 11 });
    res.end();
  } else {
    res.writeHead(200);
    res.write('part');
  }
});
server.on('connect', (req, socket) => {
  socket.end('HTTP/1.1 200 Connection established\r\n\r\n');
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  let left = 3;
  const done = () => { if (--left === 0) server.close(); };

  http.get({ port, path: '/304' }, common.mustCall((res) => {
    assert.strictEqual(res.statusCode, 304);
    res.on('data', common.mustNotCall());
    res.on('end', common.mustCall(done));
  }));

  const err = new Error('stop here');
  const req = http.get({ port, path: '/part' }, common.mustCall((res) => {
    res.destroy(err);
    assert.strictEqual(res.closed, false);
    assert.strictEqual(res.errored, err);
    res.on('close', common.mustCall(() => assert.strictEqual(res.closed, true)));
  }));
  req.on('error', common.mustCall((e) => {
    assert.strictEqual(e, err);
    done();
  }));

  const connect = http.request({ port, method: 'CONNECT', path: 'example.test:443' });
  connect.on('connect', common.mustCall((res, socket) => {
    for (const event of ['free', 'close', 'error', 'timeout', 'agentRemove', 'data']) {
      assert.strictEqual(socket.listenerCount(event), 0, event);
    }
    socket.resume();
    socket.on('end', common.mustCall(done));
  }));
  connect.end();
}));
