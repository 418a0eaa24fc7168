'use strict';
// An Agent's books as node keeps them: the legacy addRequest(req, host, port, localAddress)
// names the queue by localAddress; a keep-alive agent asks createConnection for TCP
// keep-alive; totalSocketCount counts free sockets too; a socket in use has only its
// request's 'error' listener, a free one the agent's.
const common = require('../common');
const assert = require('assert');
const http = require('http');

{
  const agent = new http.Agent();
  agent.maxSockets = 0;  // queue it: no connection is made
  agent.addRequest({ getHeader() {} }, 'example.test', 8080, '127.0.0.1');
  assert.deepStrictEqual(Object.keys(agent.requests), ['example.test:8080:127.0.0.1']);
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1234 });
  const createConnection = agent.createConnection;
  agent.createConnection = common.mustCall(function(options, ...rest) {
    assert.strictEqual(options.keepAlive, true);
    assert.strictEqual(options.keepAliveInitialDelay, 1234);
    return createConnection.call(this, options, ...rest);
  });
  const name = `localhost:${server.address().port}:`;
  const req = http.get({ port: server.address().port, agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => setImmediate(common.mustCall(() => {
      assert.strictEqual(agent.sockets[name], undefined);
      assert.strictEqual(agent.freeSockets[name].length, 1);
      assert.strictEqual(agent.totalSocketCount, 1);
      const free = agent.freeSockets[name][0];
      assert.strictEqual(free.listenerCount('error'), 1);
      // Reused: in use again, the agent's idle listener is gone.
      http.get({ port: server.address().port, agent }, common.mustCall((res) => {
        assert.strictEqual(res.socket, free);
        assert.strictEqual(free.listenerCount('error'), 1);
        assert.strictEqual(agent.totalSocketCount, 1);
        res.resume();
        res.on('end', common.mustCall(() => {
          agent.destroy();
          server.close();
        }));
      }));
    }))));
  }));
  req.on('socket', common.mustCall((socket) => {
    assert.strictEqual(socket.listenerCount('error'), 1);
  }));
}));
