'use strict';
// Agent pools: callable without `new`; maxTotalSockets is validated and shared between hosts
// (a socket put back in the free pool gives its place to a request waiting for another host);
// a socket the user destroys in the response's 'end' handler is not handed to the next request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

assert.ok(http.Agent({ keepAlive: true }) instanceof http.Agent);
assert.throws(() => new http.Agent({ maxTotalSockets: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
for (const bad of [-1, 0, NaN]) {
  assert.throws(() => new http.Agent({ maxTotalSockets: bad }), { code: 'ERR_OUT_OF_RANGE' });
}

function handler(req, res) { res.end('hello'); }
const servers = [http.createServer(handler), http.createServer(handler)];
let listening = 0;
for (const server of servers) {
  server.keepAliveTimeout = 0;
  server.listen(0, common.mustCall(() => { if (++listening === 2) start(); }));
}

function start() {
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 2, maxSockets: 3 });
  let left = 8;
  for (const server of servers) {
    for (let i = 0; i < 4; i++) {
      http.get({ port: server.address().port, agent }, common.mustCall((res) => {
        res.resume();
        res.on('end', common.mustCall(() => {
          let inUse = 0;
          for (const name of Object.keys(agent.sockets)) inUse += agent.sockets[name].length;
          assert.ok(inUse <= 2, `${inUse} sockets in use`);
          if (--left === 0) {
            agent.destroy();
            destroyedInEnd();
          }
        }));
      }));
    }
  }
}

function destroyedInEnd() {
  const agent = new http.Agent({ maxSockets: 1 });
  const options = { port: servers[0].address().port, agent };
  const first = http.get(options, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => first.socket.destroy()));
  }));
  const second = http.get(options, common.mustCall((res) => {
    assert.notStrictEqual(second.socket, first.socket);
    assert.strictEqual(first.socket.destroyed, true);
    res.resume();
    res.on('end', common.mustCall(() => {
      for (const server of servers) server.close();
    }));
  }));
}
