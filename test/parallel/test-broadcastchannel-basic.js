'use strict';
// BroadcastChannel: every other open channel of the same name hears a message; the sender
// does not; a closed channel neither sends nor hears.
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

assert.strictEqual(globalThis.BroadcastChannel, BroadcastChannel);
assert.throws(() => new BroadcastChannel(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });

const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel(1);
const other = new BroadcastChannel('other');
assert.strictEqual(a.name, 'news');
assert.strictEqual(c.name, '1');
assert.ok(a instanceof EventTarget);

a.onmessage = common.mustNotCall('the sender hears itself');
other.onmessage = common.mustNotCall('another name hears it');
let pending = 2;
const done = () => {
  if (--pending > 0) return;
  for (const channel of [a, b, c, other]) channel.close();
  assert.throws(() => a.postMessage(1), (error) => {
    assert.ok(error instanceof DOMException);
    assert.strictEqual(error.name, 'InvalidStateError');
    assert.strictEqual(error.message, 'BroadcastChannel is closed.');
    return true;
  });
  a.close();
};
b.onmessage = common.mustCall((event) => {
  assert.ok(event instanceof MessageEvent);
  assert.strictEqual(event.target, b);
  assert.deepStrictEqual(event.data, { text: 'hello', list: [1, 2] });
  done();
});
const second = new BroadcastChannel('news');
second.addEventListener('message', common.mustCall((event) => {
  assert.deepStrictEqual(event.data, { text: 'hello', list: [1, 2] });
  second.close();
  done();
}));
c.onmessage = common.mustNotCall();

a.postMessage({ text: 'hello', list: [1, 2] });
assert.throws(() => a.postMessage(() => {}), { name: 'DataCloneError' });
assert.throws(() => a.postMessage(), { code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified' });
assert.strictEqual(a.ref(), a);
assert.strictEqual(a.unref(), a);
assert.throws(() => BroadcastChannel.prototype.postMessage.call({}, 1), { code: 'ERR_INVALID_THIS' });
