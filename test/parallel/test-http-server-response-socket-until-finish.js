'use strict';
// A response keeps its socket until its last bytes are written: res.socket is there after
// end() returns and in write callbacks, and is null by the time 'finish' listeners run.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  res.write('okay', common.mustCall(() => {
    assert.ok(res.socket);
  }));
  res.end();
  assert.ok(res.socket);
  assert.strictEqual(typeof res.socket.remoteAddress, 'string');
  res.on('finish', common.mustCall(() => {
    assert.strictEqual(res.socket, null);
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, common.mustCall((res) => {
    res.resume();
    res.on('end', common.mustCall(() => server.close()));
  }));
}));
