'use strict';
// HTTP over a plain Duplex pair (no net.Socket: no setTimeout, no ref): the server serves it,
// and a client without an agent that keeps the connection alive can send a second request
// on the same stream.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const { Duplex } = require('stream');

function duplexPair() {
  const sides = [];
  for (let i = 0; i < 2; i++) {
    sides.push(new Duplex({
      read() {},
      write(chunk, encoding, callback) {
        sides[1 - i].push(chunk);
        callback();
      },
      final(callback) {
        sides[1 - i].push(null);
        callback();
      },
    }));
  }
  return sides;
}

const server = http.createServer({ keepAliveTimeout: 1000 }, common.mustCall((req, res) => {
  res.end(`reply to ${req.url}`);
}, 2));
const [clientSide, serverSide] = duplexPair();
server.emit('connection', serverSide);

function get(path, callback) {
  const req = http.request({
    path,
    createConnection: common.mustCall(() => clientSide),
    headers: { Connection: 'keep-alive' },
  }, common.mustCall((res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', common.mustCall(() => callback(body)));
  }));
  req.shouldKeepAlive = true;
  req.end();
}

get('/one', common.mustCall((first) => {
  assert.strictEqual(first, 'reply to /one');
  get('/two', common.mustCall((second) => {
    assert.strictEqual(second, 'reply to /two');
    clientSide.destroy();
    serverSide.destroy();
  }));
}));
