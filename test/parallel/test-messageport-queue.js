'use strict';
// Messages that arrive before anything listens are kept until the port starts.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const { port1, port2 } = new MessageChannel();
for (let i = 0; i < 5; i++) port1.postMessage(i);
setTimeout(common.mustCall(() => {
  const received = [];
  port2.on('message', common.mustCall((value) => {
    received.push(value);
    if (received.length === 6) {
      assert.deepStrictEqual(received, [0, 1, 2, 3, 4, 5]);
      port2.close();
    }
  }, 6));
  port1.postMessage(5);
}), 50);

// Many messages keep their order.
{
  const { port1: a, port2: b } = new MessageChannel();
  const count = 10000;
  let next = 0;
  b.on('message', (value) => {
    assert.strictEqual(value, next++);
    if (next === count) b.close();
  });
  for (let i = 0; i < count; i++) a.postMessage(i);
  process.on('exit', () => assert.strictEqual(next, count));
}
