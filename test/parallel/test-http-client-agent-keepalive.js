'use strict';
// An Agent with keepAlive and maxSockets: 1 sends three requests over one connection (the
// later ones queue, then take the freed socket — reusedSocket is only set for a socket taken
// from freeSockets), then keeps it in freeSockets and reuses it for a later request.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const ports = new Set();
const server = http.createServer((req, res) => {
  ports.add(req.socket.remotePort);
  res.end(`${req.url} ${req.headers.connection}`);
});

server.listen(0, common.mustCall(() => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const { port } = server.address();
  const results = [];
  for (const path of ['/1', '/2', '/3']) {
    const req = http.get({ port, path, agent }, common.mustCall((res) => {
      assert.strictEqual(res.statusCode, 200);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (data) => { body += data; });
      res.on('end', common.mustCall(() => {
        results.push([body, req.reusedSocket]);
        if (results.length === 3) {
          assert.deepStrictEqual(results, [['/1 keep-alive', false], ['/2 keep-alive', false], ['/3 keep-alive', false]]);
          assert.strictEqual(ports.size, 1);
          setImmediate(common.mustCall(() => {
            const name = `localhost:${port}:`;
            assert.strictEqual(agent.freeSockets[name].length, 1);
            assert.strictEqual(agent.sockets[name], undefined);
            const again = http.get({ port, path: '/4', agent }, common.mustCall((res) => {
              assert.strictEqual(again.reusedSocket, true);
              res.resume();
              res.on('end', common.mustCall(() => {
                assert.strictEqual(ports.size, 1);
                agent.destroy();
                server.close();
              }));
            }));
          }));
        }
      }));
    }));
  }
}));
