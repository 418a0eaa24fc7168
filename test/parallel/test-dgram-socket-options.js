'use strict';
// Socket options: reuseAddr, buffer sizes, TTLs, broadcast, multicast membership, bind with
// an options object, and an AbortSignal that closes the socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

const socket = dgram.createSocket({ type: 'udp4', reuseAddr: true, recvBufferSize: 16384, sendBufferSize: 16384 });
socket.bind({ port: 0, address: '127.0.0.1', exclusive: true }, common.mustCall(() => {
  // Linux reports twice the size asked for (the kernel's bookkeeping share).
  assert(socket.getRecvBufferSize() >= 16384);
  assert(socket.getSendBufferSize() >= 16384);
  socket.setRecvBufferSize(32768);
  assert(socket.getRecvBufferSize() >= 32768);
  assert.strictEqual(socket.getSendQueueSize(), 0);
  assert.strictEqual(socket.getSendQueueCount(), 0);

  assert.strictEqual(socket.setTTL(64), 64);
  assert.throws(() => socket.setTTL(0), { code: 'EINVAL', syscall: 'setTTL' });
  assert.strictEqual(socket.setMulticastTTL(2), 2);
  assert.strictEqual(socket.setMulticastLoopback(true), true);
  socket.setBroadcast(true);
  socket.setBroadcast(false);

  socket.addMembership('224.0.0.114', '127.0.0.1');
  socket.dropMembership('224.0.0.114', '127.0.0.1');
  assert.throws(() => socket.dropMembership('224.0.0.115', '127.0.0.1'),
                { code: 'EADDRNOTAVAIL', syscall: 'dropMembership' });
  assert.throws(() => socket.addMembership('192.0.2.1'), { code: 'EINVAL', syscall: 'addMembership' });
  assert.throws(() => socket.addSourceSpecificMembership(1, '232.1.1.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => socket.addSourceSpecificMembership('127.0.0.1', 1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => socket.setMulticastInterface(1), { code: 'ERR_INVALID_ARG_TYPE' });

  // Another socket may share the port with reuseAddr.
  const { port } = socket.address();
  const sharer = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  sharer.bind(port, '127.0.0.1', common.mustCall(() => {
    assert.strictEqual(sharer.address().port, port);
    assert.strictEqual(sharer.ref(), sharer);
    assert.strictEqual(sharer.unref(), sharer);
    sharer.close();
    socket.close();
  }));
}));

const controller = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: controller.signal });
aborted.on('close', common.mustCall());
aborted.bind(0, '127.0.0.1', common.mustCall(() => controller.abort()));

const alreadyAborted = dgram.createSocket({ type: 'udp4', signal: AbortSignal.abort() });
assert.throws(() => alreadyAborted.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
assert.throws(() => dgram.createSocket({ type: 'udp4', signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
