'use strict';
// UDP datagrams on 127.0.0.1: every form of send(), the 'message' event's rinfo, and the
// send callback's byte count.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket({ type: 'udp4' });
const expected = ['hello', 'buffer', 'ab', 'joined', '', 'view', 'ell'];
const received = [];

server.on('message', common.mustCall((message, rinfo) => {
  assert(Buffer.isBuffer(message));
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, message.length);
  received.push(message.toString());
  if (received.length === expected.length) {
    assert.deepStrictEqual(received.sort(), [...expected].sort());
    server.close(common.mustCall());
    client.close();
  }
}, expected.length));

server.on('listening', common.mustCall(() => {
  const address = server.address();
  assert.deepStrictEqual(Object.keys(address).sort(), ['address', 'family', 'port']);
  assert.strictEqual(address.address, '127.0.0.1');
  assert.strictEqual(address.family, 'IPv4');
  assert(address.port > 0);
  const { port } = address;
  const sent = (bytes) => common.mustSucceed((count) => assert.strictEqual(count, bytes));
  // The client binds itself on its first send.
  client.send('hello', port, '127.0.0.1', sent(5));
  client.send(Buffer.from('buffer'), port, '127.0.0.1', sent(6));
  client.send(['a', Buffer.from('b')], port, '127.0.0.1', sent(2));
  client.send([Buffer.from('join'), 'ed'], port, sent(6));  // address defaults to localhost
  client.send(Buffer.alloc(0), port, '127.0.0.1', sent(0));
  client.send(new Uint8Array(Buffer.from('view')), port, '127.0.0.1', sent(4));
  client.send('hello', 1, 3, port, '127.0.0.1', sent(3));
}));

server.bind(0, '127.0.0.1');
