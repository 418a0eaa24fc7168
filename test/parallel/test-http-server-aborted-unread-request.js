'use strict';
// The client goes while the response is still being written: the server's request, even a
// GET whose empty body its handler never read, emits 'aborted', then 'close'.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('partial');
  req.on('aborted', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
    req.on('close', common.mustCall(() => server.close()));
  }));
}));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port }, common.mustCall((res) => {
    res.once('data', common.mustCall(() => req.destroy()));
  }));
  req.on('error', () => {});
}));
