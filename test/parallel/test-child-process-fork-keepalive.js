'use strict';
// In the child, the channel keeps the process alive only while a 'message' listener exists:
// without one the child runs to its end although the parent never disconnects; with one it
// stays until the listener is removed.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'silent-child') {
  process.send('hello');
  return;
}
if (process.argv[2] === 'listening-child') {
  const onMessage = (message) => {
    process.send(`got ${message}`);
    process.removeListener('message', onMessage);
  };
  process.on('message', onMessage);
  return;
}

const first = fork(__filename, ['silent-child']);
first.on('message', common.mustCall((message) => assert.strictEqual(message, 'hello')));
first.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(first.connected, false);
}));

const second = fork(__filename, ['listening-child']);
second.on('message', common.mustCall((message) => assert.strictEqual(message, 'got ping')));
second.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
setTimeout(common.mustCall(() => {
  // Still running: it waits for a message.
  assert.strictEqual(second.exitCode, null);
  second.send('ping');
}), 200);
