'use strict';
// createConnection (no agent) may return the socket, hand it to its callback later, or both;
// an error it throws or calls back reaches the request as 'error'.
const common = require('../common');
const assert = require('assert');
const http = require('http');
const net = require('net');

const server = http.createServer(common.mustCall((req, res) => res.end(), 4));

function get(createConnection) {
  return new Promise((resolve, reject) => {
    http.get({ createConnection }, (res) => {
      res.resume();
      res.on('end', resolve);
    }).on('error', reject);
  });
}

server.listen(0, '127.0.0.1', common.mustCall(async () => {
  const connect = () => net.createConnection(server.address().port, '127.0.0.1');
  await get(common.mustCall(() => connect()));
  await get(common.mustCall((options, callback) => {
    setImmediate(() => callback(null, connect()));
  }));
  await get(common.mustCall((options, callback) => {
    const socket = connect();
    setImmediate(() => callback(null, socket));
    return socket;
  }));
  await get(common.mustCall((options, callback) => {
    const socket = connect();
    callback(null, socket);
    return socket;
  }));
  await assert.rejects(get(() => { throw new Error('sync'); }), { message: 'sync' });
  await assert.rejects(get((options, callback) => {
    process.nextTick(callback, new Error('async'));
  }), { message: 'async' });
  server.close();
}));
