'use strict';
// Client timeouts as node's: req.setTimeout() starts once the socket has connected (until
// then the socket keeps the `timeout` it was made with); a socket timeout while the response
// is read is the response's 'timeout' (res.setTimeout); after the response's end
// req.setTimeout() does nothing, and a kept-alive response lets go of its socket; abort()
// once the request has its socket reports a hang-up.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer((req, res) => {
  if (req.url === '/slow') {
    res.write('part');  // and never the rest
  } else if (req.url === '/quick') {
    res.end('done');
  }  // '/never': no answer
});

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  let left = 3;
  const done = () => {
    if (--left > 0) return;
    agent.destroy();
    server.close();
  };

  const slow = http.get({ port, path: '/slow', timeout: 5000 }, common.mustCall((res) => {
    res.setTimeout(20, common.mustCall(() => {
      slow.destroy();
      done();
    }));
  }));
  slow.setTimeout(10000);
  slow.on('socket', common.mustCall((socket) => {
    assert.strictEqual(socket.timeout, 5000);
    socket.once('connect', common.mustCall(() => assert.strictEqual(socket.timeout, 10000)));
  }));
  slow.on('error', () => {});

  const quick = http.get({ port, path: '/quick', agent }, common.mustCall((res) => {
    const socket = res.socket;
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.strictEqual(quick.setTimeout(5), quick);
      setImmediate(common.mustCall(() => {
        assert.strictEqual(res.socket, null);
        assert.strictEqual(socket.listenerCount('timeout'), 1);  // the agent's own
        done();
      }));
    }));
  }));

  const never = http.get({ port, path: '/never' });
  never.on('socket', common.mustCall((socket) => {
    socket.once('connect', common.mustCall(() => setTimeout(() => never.abort(), 10)));
  }));
  never.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'socket hang up');
  }));
  never.on('close', common.mustCall(done));
}));
