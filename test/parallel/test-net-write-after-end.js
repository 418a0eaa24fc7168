'use strict';
// Writing after end() fails with ERR_STREAM_WRITE_AFTER_END; writing after the peer ended
// (without allowHalfOpen, so this side ended and closed too) fails with EPIPE as node
// words it, through the callback only.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const server = net.createServer(common.mustCall((socket) => {
  socket.resume();
  socket.end();
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.resume();
  client.on('end', common.mustCall(() => {
    assert.strictEqual(client.writableEnded, false);
    assert.notStrictEqual(client.write, net.Socket.prototype.write);
    // Not half-open: the client ends (and closes) itself right after 'end'.
    setImmediate(common.mustCall(() => {
      assert.strictEqual(client.writableEnded, true);
      assert.strictEqual(client.destroyed, true);
      client.write('late', common.mustCall((err) => {
        assert.strictEqual(err.code, 'EPIPE');
        assert.strictEqual(err.message, 'This socket has been ended by the other party');
        afterEpipe();
      }));
    }));
  }));
  client.on('error', common.mustNotCall());
  function afterEpipe() {
    const other = net.connect(server.address().port, '127.0.0.1');
    other.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
    other.end();
    other.write('after end', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    }));
    other.on('close', common.mustCall(() => server.close()));
  }
}));
