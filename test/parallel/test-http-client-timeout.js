'use strict';
// request.setTimeout (and the timeout option) emit 'timeout' on an idle socket; the request is
// not ended by it — destroying is the caller's job, which then reports 'socket hang up'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall(() => {}));

server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port, timeout: 50, agent: false });
  req.on('timeout', common.mustCall(() => req.destroy()));
  req.on('error', common.mustCall((error) => {
    assert.strictEqual(error.code, 'ECONNRESET');
    assert.strictEqual(error.message, 'socket hang up');
    server.closeAllConnections();
    server.close();
  }));
  req.on('close', common.mustCall());
}));
