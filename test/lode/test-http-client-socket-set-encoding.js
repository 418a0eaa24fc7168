'use strict';
// An encoding set on a client's socket does not abort lode (node's parser asserts on a string):
// the parser gets the bytes back, exactly for a byte-preserving encoding.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const body = Buffer.from([0x68, 0xe9, 0xff, 0x00]);
const server = http.createServer((req, res) => res.end(body));
server.listen(0, common.mustCall(() => {
  const req = http.get({ port: server.address().port }, common.mustCall((res) => {
    const chunks = [];
    res.on('data', (chunk) => chunks.push(chunk));
    res.on('end', common.mustCall(() => {
      assert.deepStrictEqual(Buffer.concat(chunks), body);
      server.close();
    }));
  }));
  req.on('socket', common.mustCall((socket) => socket.setEncoding('latin1')));
}));
