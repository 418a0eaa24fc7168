'use strict';
// ClientRequest: host/hostname type checks, the Host header it builds (IPv6 in brackets only
// for two colons or more; the port when it is not the agent's default), URL own properties
// carried as options, and `destroyed` being true by the time 'close' is emitted.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

for (const bad of [{}, 1, true]) {
  assert.throws(() => http.request({ hostname: bad }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => http.request({ host: bad }), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => http.request({ port: 80, headers: { host: [] } }),
              { code: 'ERR_INVALID_ARG_TYPE' });

const expected = [
  ['foo:1234', 'foo:1234:80'],  // no agent: no default port to omit
  ['::1', '[::1]:80'],
];
let seen = 0;
const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/url') {
    assert.strictEqual(req.headers['x-from-url'], 'yes');
  } else {
    assert.strictEqual(req.headers.host, req.headers['x-expected']);
  }
  res.end('ok');
  if (++seen === expected.length + 1) server.close();
}, expected.length + 1));

server.listen(0, common.mustCall(() => {
  const { port } = server.address();
  for (const [host, header] of expected) {
    http.get({
      host,
      headers: { 'x-expected': header },
      createConnection: (options) => net.createConnection({ port }),
    }).on('response', common.mustCall((res) => res.resume()));
  }
  const url = new URL(`http://127.0.0.1:${port}/url`);
  url.headers = { 'x-from-url': 'yes' };
  const req = http.get(url, common.mustCall((res) => {
    res.on('close', common.mustCall(() => assert.strictEqual(req.destroyed, true)));
    res.resume();
  }));
  req.on('close', common.mustCall(() => assert.strictEqual(req.destroyed, true)));
}));
