'use strict';
// A request followed in the same packet by bytes that are no request: the server answers the
// garbage with an error and closes the connection, but the response already handed to the
// handler still ends normally and emits 'close', so a pipeline(req, res) completes.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');
const { pipeline } = require('stream');

const server = http.createServer(common.mustCall((req, res) => {
  res.on('close', common.mustCall(() => {
    assert.strictEqual(res.writableEnded, true);
  }));
  pipeline(req, res, common.mustSucceed(() => server.close()));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n\x01not a request');
  });
  socket.on('error', () => {});  // the server may cut the connection with a reset
  socket.resume();
}));
