'use strict';
// A child killed while the parent floods it with messages: the parent sees 'disconnect',
// 'exit' with the signal and 'close'; sends that fail report a channel or pipe error (never
// a crash), and sends after the disconnect report ERR_IPC_CHANNEL_CLOSED.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  let count = 0;
  process.on('message', () => {
    if (++count === 100) process.kill(process.pid, 'SIGKILL');
  });
  return;
}

const child = fork(__filename, ['child']);
const payload = { text: 'x'.repeat(1000) };
child.on('error', (err) => {
  assert.ok(['EPIPE', 'ECONNRESET', 'ERR_IPC_CHANNEL_CLOSED'].includes(err.code), err.code);
});
function flood() {
  for (let i = 0; i < 200 && child.connected; i++) child.send(payload);
  if (child.connected) setImmediate(flood);
}
flood();
child.on('disconnect', common.mustCall(() => {
  child.send('after', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED')));
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
}));
child.on('close', common.mustCall());
