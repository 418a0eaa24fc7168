'use strict';
// setTimeout() emits 'timeout' after the socket sat idle (it does not close it); activity
// pushes the timeout back; 0 turns it off. Bad durations throw.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const socket = new net.Socket();
for (const bad of ['100', null, {}, true]) {
  assert.throws(() => socket.setTimeout(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
for (const bad of [-1, Infinity, NaN]) {
  assert.throws(() => socket.setTimeout(bad), { code: 'ERR_OUT_OF_RANGE' });
}
assert.throws(() => socket.setTimeout(10, 'not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(socket.setTimeout(0), socket);

const server = net.createServer(common.mustCall((connection) => {
  connection.resume();
  const started = Date.now();
  connection.setTimeout(100, common.mustCall(() => {
    assert.ok(Date.now() - started >= 90);
    assert.strictEqual(connection.destroyed, false);  // 'timeout' only tells
    assert.strictEqual(connection.timeout, 100);
    connection.setTimeout(0);
    assert.strictEqual(connection.timeout, 0);
    connection.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  // A quiet client with its own timeout turned off again never times out.
  client.setTimeout(10, common.mustNotCall());
  client.setTimeout(0);
  client.on('end', common.mustCall(() => client.end()));
}));
