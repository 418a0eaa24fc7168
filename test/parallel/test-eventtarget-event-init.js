'use strict';
// Event#initEvent(type, bubbles, cancelable): the legacy initializer.
const common = require('../common');
const assert = require('assert');

const event = new Event('a', { bubbles: true, cancelable: true });
event.initEvent('b');
assert.strictEqual(event.type, 'b');
assert.strictEqual(event.bubbles, false);
assert.strictEqual(event.cancelable, false);

event.initEvent('c', 1, 'yes');
assert.strictEqual(event.type, 'c');
assert.strictEqual(event.bubbles, true);
assert.strictEqual(event.cancelable, true);

assert.throws(() => event.initEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" argument must be specified',
});
assert.strictEqual(Event.prototype.initEvent.length, 1);

// It does nothing while the event is being dispatched.
const target = new EventTarget();
target.addEventListener('c', common.mustCall((received) => {
  received.initEvent('d', false, false);
  assert.strictEqual(received.type, 'c');
  assert.strictEqual(received.cancelable, true);
}));
target.dispatchEvent(event);
