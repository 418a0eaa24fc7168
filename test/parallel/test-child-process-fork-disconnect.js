'use strict';
// disconnect() from the parent: both sides see 'disconnect', the child (now with nothing to
// keep it alive) exits; send() after that reports ERR_IPC_CHANNEL_CLOSED, a second
// disconnect() emits ERR_IPC_DISCONNECTED.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  process.on('disconnect', () => {
    assert.strictEqual(process.connected, false);
    process.send('late', (err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      process.exitCode = 42;
    });
  });
  process.send('ready');
  return;
}

const child = fork(__filename, ['child']);
child.on('message', common.mustCall((message) => {
  assert.strictEqual(message, 'ready');
  child.disconnect();
  assert.strictEqual(child.connected, false);
  child.once('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
    assert.strictEqual(err.message, 'IPC channel is already disconnected');
  }));
  child.disconnect();
  child.send('nobody', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
    assert.strictEqual(err.message, 'Channel closed');
  }));
  assert.strictEqual(child.send('nobody', () => {}), false);
}));
child.on('disconnect', common.mustCall());
child.on('exit', common.mustCall((code) => assert.strictEqual(code, 42)));
