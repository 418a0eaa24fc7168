'use strict';
// fork(): thousands of messages each way over the IPC channel, in order, with the kinds of
// values JSON carries; then the child disconnects and exits.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

const kCount = 5000;

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.send, 'function');
  process.on('message', (message) => {
    if (message === 'done') {
      process.disconnect();
      return;
    }
    process.send({ index: message.index, doubled: message.value * 2, text: message.text });
  });
  return;
}

const child = fork(__filename, ['child']);
assert.strictEqual(child.connected, true);
assert.strictEqual(typeof child.channel.ref, 'function');
let next = 0;
child.on('message', (reply) => {
  assert.deepStrictEqual(reply, { index: next, doubled: next * 2, text: `line\n${next} ✓` });
  next++;
  if (next === kCount) child.send('done');
});
for (let i = 0; i < kCount; i++) {
  child.send({ index: i, value: i, text: `line\n${i} ✓` });
}
child.on('disconnect', common.mustCall(() => {
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, null);
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
child.on('close', common.mustCall(() => assert.strictEqual(next, kCount)));
