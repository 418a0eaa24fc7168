'use strict';
// Messages sent in one tick all arrive, in order, in both serializations, whether the child
// then disconnects, calls process.exit() or dies of an uncaught exception in the same tick
// (lode writes such a burst as one batch at the end of the tick); callbacks are called once
// each, and a message with a handle keeps its place among them.
const common = require('../common');
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');

// A process.exit() or a crash right after a burst loses what the kernel did not take yet,
// in node as in lode: those cases send a burst that fits in the socket's buffer.
const burstFor = (how) => (how === 'exit' || how === 'throw' ? 50 : 2000);

if (process.argv[2] === 'child') {
  const how = process.argv[3];
  const kBurst = burstFor(how);
  let called = 0;
  let allCalled;
  const callbacksDone = new Promise((resolve) => { allCalled = resolve; });
  for (let i = 0; i < kBurst; i++) process.send({ i }, () => { if (++called === kBurst) allCalled(); });
  if (how === 'exit') process.exit(0);
  if (how === 'throw') throw new Error('the end');
  if (how === 'handle') {
    process.on('message', async (message, server) => {
      await callbacksDone;
      process.send({ i: -1 }, server, () => server.close());
      for (let i = 0; i < 10; i++) process.send({ i: kBurst + i });
      process.send({ called }, () => process.disconnect());
    });
    return;
  }
  process.send({ done: true }, () => process.disconnect());
  return;
}

for (const serialization of ['json', 'advanced']) {
  for (const how of ['disconnect', 'exit', 'throw', 'handle']) {
    const kBurst = burstFor(how);
    const child = fork(__filename, ['child', how], { serialization, stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const received = [];
    let handleSeenAt = -1;
    let called;
    child.on('message', (message, handle) => {
      if (handle) {
        handleSeenAt = received.length;
        handle.close();
      }
      if (message.called !== undefined) called = message.called;
      else if (!message.done) received.push(message.i);
    });
    if (how === 'handle') {
      const server = net.createServer();
      server.listen(0, '127.0.0.1', common.mustCall(() => {
        child.send('here', server, common.mustSucceed(() => server.close()));
      }));
    }
    // Checked once the child has exited and its channel is closed (messages can still be
    // arriving when 'exit' is emitted).
    let exitCode;
    let pending = 2;
    const check = () => {
      if (--pending > 0) return;
      assert.strictEqual(exitCode, how === 'throw' ? 1 : 0);
      const expected = Array.from({ length: kBurst }, (_, i) => i);
      if (how === 'handle') {
        expected.push(-1, ...Array.from({ length: 10 }, (_, i) => kBurst + i));
        assert.strictEqual(handleSeenAt, kBurst);
        assert.strictEqual(called, kBurst);
      }
      assert.deepStrictEqual(received, expected);
    };
    child.on('exit', common.mustCall((code) => {
      exitCode = code;
      check();
    }));
    child.on('disconnect', common.mustCall(check));
  }
}
