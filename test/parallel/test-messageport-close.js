'use strict';
// close(): both ends get 'close'; what was sent before still arrives first; sending on a
// closed port is silently dropped; closing twice is harmless.
const common = require('../common');
const assert = require('assert');
const { MessageChannel } = require('worker_threads');

const order = [];
const { port1, port2 } = new MessageChannel();
port2.on('message', common.mustCall((value) => order.push(value), 2));
port1.on('close', common.mustCall((event) => {
  order.push('close1');
  assert.ok(event instanceof Event);
  assert.strictEqual(event.type, 'close');
}));
port2.on('close', common.mustCall(() => {
  order.push('close2');
  assert.deepStrictEqual(order, ['a', 'b', 'close1', 'close2']);
  assert.strictEqual(port2.hasRef(), false);
}));
port1.postMessage('a');
port1.postMessage('b');
port1.close();
port1.close();
port1.postMessage('dropped');
assert.strictEqual(port1.hasRef(), false);

// The other end closing: this end's 'close' follows; what it sends meanwhile goes nowhere.
{
  const { port1: a, port2: b } = new MessageChannel();
  a.on('message', common.mustNotCall());
  a.on('close', common.mustCall());
  b.on('close', common.mustCall(() => {
    b.postMessage('nobody hears this');
  }));
  b.close();
}

// addEventListener('close') works too.
{
  const { port1: a, port2: b } = new MessageChannel();
  b.addEventListener('close', common.mustCall((event) => {
    assert.strictEqual(event.type, 'close');
    assert.strictEqual(event.target, b);
  }));
  b.start();
  a.close();
}
