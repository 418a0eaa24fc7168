'use strict';
// A client that goes away mid-body: the request gets 'aborted', req.aborted is true, and the
// server goes on.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => {
  req.on('data', common.mustCall(() => client.destroy()));
  req.on('aborted', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  }));
  req.on('close', common.mustCall(() => server.close()));
}));

let client;
server.listen(0, common.mustCall(() => {
  client = net.connect(server.address().port, () => {
    client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npartial');
  });
}));
