'use strict';
// Dispatching an event that is being dispatched throws ERR_EVENT_RECURSION, at the same or
// at another target; once the dispatch is over the event may be dispatched again.
const common = require('../common');
const assert = require('assert');

const target = new EventTarget();
const other = new EventTarget();
const event = new Event('loop');

target.addEventListener('loop', common.mustCall((received) => {
  for (const where of [target, other]) {
    assert.throws(() => where.dispatchEvent(received), {
      code: 'ERR_EVENT_RECURSION',
      name: 'Error',
      message: 'The event "loop" is already being dispatched',
    });
  }
  // Another event of the same type is fine.
  assert.strictEqual(other.dispatchEvent(new Event('loop')), true);
}, 2));

target.dispatchEvent(event);
target.dispatchEvent(event);
