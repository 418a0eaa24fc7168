'use strict';
// dgram's errors: bad socket types, ports and buffers, binding twice, a port in use, and
// using a closed socket.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError', message: 'Bad socket type specified. Valid types are: udp4, udp6',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

const unbound = dgram.createSocket('udp4');
assert.throws(() => unbound.address(), { code: 'EBADF', syscall: 'getsockname', message: 'getsockname EBADF' });
assert.throws(() => unbound.getRecvBufferSize(), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SOCKET_BUFFER_SIZE');
  assert.strictEqual(err.message,
                     'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)');
  assert.strictEqual(err.syscall, 'uv_recv_buffer_size');
  assert.strictEqual(err.info.code, 'EBADF');
  return true;
});
assert.throws(() => unbound.setSendBufferSize(-1), {
  code: 'ERR_SOCKET_BAD_BUFFER_SIZE', name: 'TypeError', message: 'Buffer size must be a positive integer',
});
assert.throws(() => unbound.send('x', 0), {
  code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError', message: 'Port should be > 0 and < 65536. Received type number (0).',
});
assert.throws(() => unbound.send('x', 65536, '127.0.0.1'), { code: 'ERR_SOCKET_BAD_PORT' });
assert.throws(() => unbound.send(5, 1, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => unbound.send([5], 1, '127.0.0.1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => unbound.send('abc', 4, 1, 9, '127.0.0.1'), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => unbound.send('abc', 1, 3, 9, '127.0.0.1'), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => unbound.send('x', 9, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => unbound.addMembership(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => unbound.setTTL('1'), { code: 'ERR_INVALID_ARG_TYPE' });
unbound.close();

const first = dgram.createSocket('udp4');
first.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => first.bind(0), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  const { port } = first.address();
  const second = dgram.createSocket('udp4');
  second.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'bind');
    assert.strictEqual(err.address, '127.0.0.1');
    assert.strictEqual(err.port, port);
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    // A failed bind leaves the socket unbound: it may try again.
    second.bind(0, '127.0.0.1', common.mustCall(() => {
      second.close();
      first.close(common.mustCall(() => {
        assert.throws(() => first.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
        assert.throws(() => first.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
        assert.throws(() => first.send('x', 9, '127.0.0.1'), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
        assert.throws(() => first.bind(0), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });
      }));
    }));
  }));
  second.bind(port, '127.0.0.1');
}));

// A host name that does not resolve: the send callback hears of it.
const lookupFails = dgram.createSocket({
  type: 'udp4',
  lookup: (host, family, callback) => {
    if (host === 'nowhere') process.nextTick(callback, Object.assign(new Error('lookup failed'), { code: 'ENOTFOUND' }));
    else process.nextTick(callback, null, host, family);
  },
});
lookupFails.send('x', 9, 'nowhere', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTFOUND');
  lookupFails.close();
}));
