'use strict';
// Connected UDP sockets: 'connect', send() without an address, remoteAddress(), disconnect(),
// and the errors of connecting twice or addressing a connected socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const client = dgram.createSocket('udp4');
  assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
  assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  assert.throws(() => client.connect(0), { code: 'ERR_SOCKET_BAD_PORT' });
  assert.throws(() => client.connect(port, 1), { code: 'ERR_INVALID_ARG_TYPE' });

  client.connect(port, '127.0.0.1', common.mustCall(() => {
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('one', common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
    client.send('xtwox', 1, 3, common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
  }));
  // Asked while connecting: waits for the connection.
  assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });

  const messages = [];
  server.on('message', common.mustCall((message, rinfo) => {
    assert.strictEqual(rinfo.port, client.address().port);
    messages.push(message.toString());
    if (messages.length < 2) return;
    assert.deepStrictEqual(messages.sort(), ['one', 'two']);
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    // Unconnected again: an address is needed once more.
    assert.throws(() => client.send('x'), { code: 'ERR_SOCKET_BAD_PORT' });
    client.connect(port, common.mustCall(() => {  // address defaults to localhost
      assert.strictEqual(client.remoteAddress().port, port);
      client.close();
      server.close();
    }));
  }, 2));
}));

// A connect that fails reports through the callback when there is one, else 'error'.
function lookup(host, family, callback) {
  if (host === 'nowhere') process.nextTick(callback, new Error('no such host'));
  else process.nextTick(callback, null, host, family);
}
const lost = dgram.createSocket({ type: 'udp4', lookup });
lost.connect(9, 'nowhere', common.mustCall((err) => {
  assert.strictEqual(err.message, 'no such host');
  assert.throws(() => lost.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
  lost.close();
}));
