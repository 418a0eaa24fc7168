'use strict';
// A request's `encoding` option does not reach its socket: the response parser reads bytes,
// and the body still comes as Buffers (with the default agent, a keep-alive agent, and none).
const common = require('../common');
const assert = require('assert');
const http = require('http');

const body = Buffer.from([0x68, 0xc3, 0xa9, 0xff, 0x00, 0x21]);  // bytes that are not utf8
const server = http.createServer((req, res) => res.end(body));

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  const agents = [undefined, new http.Agent({ keepAlive: true }), false];
  let left = agents.length;
  for (const agent of agents) {
    http.get({ port, agent, encoding: 'utf8' }, common.mustCall((res) => {
      assert.strictEqual(res.socket.readableEncoding, null);
      const chunks = [];
      res.on('data', (chunk) => {
        assert(Buffer.isBuffer(chunk));
        chunks.push(chunk);
      });
      res.on('end', common.mustCall(() => {
        assert.deepStrictEqual(Buffer.concat(chunks), body);
        if (agent) agent.destroy();
        if (--left === 0) server.close();
      }));
    }));
  }
}));
