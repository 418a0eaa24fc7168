'use strict';
// A write larger than the socket buffers completes asynchronously; write() reports
// backpressure, 'drain' follows, and every byte arrives in order.
const common = require('../common');
const assert = require('assert');
const net = require('net');

const size = 16 * 1024 * 1024;
const payload = Buffer.alloc(size);
for (let i = 0; i < size; i++) payload[i] = i % 251;

const server = net.createServer(common.mustCall((socket) => {
  const chunks = [];
  let received = 0;
  socket.on('data', (chunk) => {
    chunks.push(chunk);
    received += chunk.length;
  });
  socket.on('end', common.mustCall(() => {
    assert.strictEqual(received, size + 5);
    const all = Buffer.concat(chunks);
    assert.ok(all.subarray(0, size).equals(payload));
    assert.strictEqual(all.subarray(size).toString('latin1'), 'tail\xe9');
    assert.strictEqual(socket.bytesRead, size + 5);
    socket.end();
    server.close();
  }));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', common.mustCall(() => {
    const flushed = client.write(payload, common.mustSucceed());
    assert.strictEqual(flushed, false);
    assert.ok(client.writableLength > 0);
    client.once('drain', common.mustCall(() => {
      assert.strictEqual(client.bytesWritten, size);
      client.end('tail\xe9', 'latin1');
    }));
  }));
  client.resume();
  client.on('close', common.mustCall(() => {
    assert.strictEqual(client.bytesWritten, size + 5);
  }));
}));
