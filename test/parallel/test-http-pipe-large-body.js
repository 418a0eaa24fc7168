'use strict';
// Piping more than the socket buffers into a ServerResponse and into a ClientRequest: both
// emit 'drain' when their socket drains, so pipe() carries the whole body.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Readable } = require('stream');

const size = 8 * 1024 * 1024;
function source() {
  let left = size;
  return new Readable({
    read() {
      const chunk = Buffer.alloc(Math.min(left, 64 * 1024), 'a');
      left -= chunk.length;
      this.push(chunk);
      if (left === 0) this.push(null);
    },
  });
}

const server = http.createServer(common.mustCall((req, res) => {
  let received = 0;
  req.pause();
  setTimeout(() => req.resume(), common.platformTimeout(100));  // let the client's writes back up
  req.on('data', (chunk) => { received += chunk.length; });
  req.on('end', common.mustCall(() => {
    assert.strictEqual(received, size);
    source().pipe(res);
  }));
}));

server.listen(0, common.mustCall(() => {
  const req = http.request({ port: server.address().port, method: 'POST' }, common.mustCall((res) => {
    let received = 0;
    res.on('data', (chunk) => { received += chunk.length; });
    res.on('end', common.mustCall(() => {
      assert.strictEqual(received, size);
      server.close();
    }));
  }));
  source().pipe(req);
}));
