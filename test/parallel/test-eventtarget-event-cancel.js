'use strict';
// preventDefault() works only on cancelable events; defaultPrevented, returnValue and the
// result of dispatchEvent() report it.
const common = require('../common');
const assert = require('assert');

{
  const event = new Event('x');
  event.preventDefault();
  assert.strictEqual(event.defaultPrevented, false);
  assert.strictEqual(event.returnValue, true);
}

{
  const event = new Event('x', { cancelable: true });
  event.preventDefault();
  assert.strictEqual(event.defaultPrevented, true);
  assert.strictEqual(event.returnValue, false);
  event.preventDefault();
  assert.strictEqual(event.defaultPrevented, true);
}

{
  // From a listener: dispatchEvent() returns false.
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall((event) => {
    assert.strictEqual(event.defaultPrevented, false);
    event.preventDefault();
    assert.strictEqual(event.defaultPrevented, true);
  }));
  assert.strictEqual(target.dispatchEvent(new Event('x', { cancelable: true })), false);
}

{
  // Not cancelable, not canceled: dispatchEvent() returns true.
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall((event) => event.preventDefault()));
  assert.strictEqual(target.dispatchEvent(new Event('x', { cancelable: false })), true);
}

{
  // returnValue has no setter.
  const event = new Event('x', { cancelable: true });
  assert.throws(() => { event.returnValue = false; }, TypeError);
  assert.strictEqual(event.defaultPrevented, false);
}
