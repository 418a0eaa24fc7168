'use strict';
// The onread option reads into the caller's buffer: callback(bytes, buffer) per read, no
// 'data' events; returning false stops reading until resume().
const common = require('../common');
const assert = require('assert');
const net = require('net');

const message = Buffer.alloc(200000, 'q');
const server = net.createServer((socket) => socket.end(message));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const buffer = Buffer.alloc(1024);
  let received = 0;
  let paused = false;
  const client = net.connect({
    port: server.address().port,
    host: '127.0.0.1',
    onread: {
      buffer,
      callback: common.mustCallAtLeast((bytes, buf) => {
        assert.strictEqual(buf, buffer);
        assert.ok(bytes > 0 && bytes <= buffer.length);
        assert.ok(buf.subarray(0, bytes).every((byte) => byte === 0x71));
        received += bytes;
        if (!paused && received > 50000) {
          paused = true;
          setTimeout(() => client.resume(), 20);
          return false;
        }
      }),
    },
  });
  client.on('data', common.mustNotCall());
  client.on('end', common.mustCall(() => {
    assert.strictEqual(received, message.length);
    server.close();
  }));
}));
