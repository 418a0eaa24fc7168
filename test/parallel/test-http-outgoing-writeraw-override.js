'use strict';
// A response whose _writeRaw (or _send) someone wrapped still emits 'finish' once its last
// write calls back, whatever way the wrapper hands that callback on.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/raw') {
    res._writeRaw = function(data, encoding, callback) {
      // Straight to the socket, the callback called with the socket's (err).
      return this.socket.write(data, encoding, callback);
    };
  } else {
    const send = res._send;
    res._send = function(data, encoding, callback) {
      return send.call(this, data, encoding, (err) => {
        assert.ifError(err);
        if (typeof callback === 'function') callback();
      });
    };
  }
  res.on('finish', common.mustCall());
  res.end(`hello ${req.url}`);
}, 2));

server.listen(0, common.mustCall(() => {
  let left = 2;
  for (const path of ['/raw', '/send']) {
    http.get({ port: server.address().port, path }, common.mustCall((res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', common.mustCall(() => {
        assert.strictEqual(body, `hello ${path}`);
        if (--left === 0) server.close();
      }));
    }));
  }
}));
