'use strict';
// Sends that cannot go out at once wait in libuv's queue (node's --test-udp-no-try-send
// forces that path): the queue's size and count, the callbacks with their byte counts,
// and an error reported through the callback. Runs itself with the option.
const common = require('../common');
const assert = require('assert');
const dgram = require('dgram');
const { spawnSync } = require('child_process');

if (process.argv[2] !== 'child') {
  const child = spawnSync(process.execPath, ['--test-udp-no-try-send', __filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.strictEqual(child.stdout, 'done');
  return;
}

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const received = [];
server.on('message', (message) => {
  received.push(message.toString());
  if (received.length === 3) {
    assert.deepStrictEqual(received.sort(), ['abc', 'hello', 'unconnected']);
    client.close();
    server.close(() => process.stdout.write('done'));
  }
});

server.bind(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();
  const other = dgram.createSocket('udp4');
  other.send('unconnected', port, '127.0.0.1', common.mustSucceed((bytes) => {
    assert.strictEqual(bytes, 11);
    other.close();
  }));
  client.connect(port, '127.0.0.1', common.mustCall(() => {
    client.send('hello', common.mustSucceed((bytes) => assert.strictEqual(bytes, 5)));
    client.send(['ab', 'c'], common.mustSucceed((bytes) => assert.strictEqual(bytes, 3)));
    assert.strictEqual(client.getSendQueueSize(), 8);
    assert.strictEqual(client.getSendQueueCount(), 2);
    // Too large for a datagram: the queued send fails later, through the callback.
    client.send(Buffer.alloc(70000), common.mustCall((err) => {
      assert.strictEqual(err.code, 'EMSGSIZE');
      assert.strictEqual(err.syscall, 'send');
    }));
  }));
}));
