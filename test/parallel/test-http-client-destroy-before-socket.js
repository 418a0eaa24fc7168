'use strict';
// A request destroyed before it has a socket: queued behind maxSockets, it keeps its place
// until a socket comes, then hands the socket on (the next request reuses it); destroy()
// reports a hang-up (ECONNRESET), abort() nothing; 'close' comes either way. A signal that
// was already aborted destroys the request at once and asks for no socket.
const common = require('../common');
const assert = require('assert');
const http = require('http');

let connections = 0;
const server = http.createServer((req, res) => res.end('ok'));
server.on('connection', () => connections++);

server.listen(0, common.mustCall(() => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  http.get({ port, agent }, common.mustCall((res) => res.resume()));
  const destroyed = http.get({ port, agent }, common.mustNotCall());
  destroyed.destroy();
  destroyed.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ECONNRESET')));
  destroyed.on('close', common.mustCall());
  const aborted = http.get({ port, agent }, common.mustNotCall());
  aborted.abort();
  aborted.on('error', common.mustNotCall());
  aborted.on('close', common.mustCall());
  assert.strictEqual(agent.requests[`localhost:${port}:`].length, 2);

  http.get({ port, agent }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => {
      assert.strictEqual(connections, 1);
      const controller = new AbortController();
      controller.abort();
      const early = http.get({ port, agent, signal: controller.signal }, common.mustNotCall());
      assert.strictEqual(early.destroyed, true);
      early.on('error', common.mustCall((err) => {
        assert.strictEqual(err.name, 'AbortError');
        assert.strictEqual(connections, 1);
        agent.destroy();
        server.close();
      }));
    }));
  }));
}));
