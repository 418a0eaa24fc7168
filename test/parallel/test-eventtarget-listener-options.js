'use strict';
// addEventListener() options: a listener is registered once per (listener, capture) pair,
// `once` removes it before its first call, and removeEventListener() matches on capture.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

{
  // Adding the same listener again is ignored, whatever the other options say.
  const target = new EventTarget();
  const listener = common.mustCall(2);
  target.addEventListener('x', listener);
  target.addEventListener('x', listener);
  target.addEventListener('x', listener, { once: true });
  target.addEventListener('x', listener, { passive: true });
  target.addEventListener('x', listener, false);
  assert.deepStrictEqual(getEventListeners(target, 'x'), [listener]);
  target.dispatchEvent(new Event('x'));
  target.dispatchEvent(new Event('x'));
}

{
  // With capture, the same function is a second registration (boolean or object form).
  const target = new EventTarget();
  const listener = common.mustCall(2);
  target.addEventListener('x', listener);
  target.addEventListener('x', listener, true);
  target.addEventListener('x', listener, { capture: true });
  assert.deepStrictEqual(getEventListeners(target, 'x'), [listener, listener]);
  target.dispatchEvent(new Event('x'));

  // Removal must name the same capture value.
  target.removeEventListener('x', listener, { capture: false });
  assert.strictEqual(getEventListeners(target, 'x').length, 1);
  target.removeEventListener('x', listener);
  assert.strictEqual(getEventListeners(target, 'x').length, 1);
  target.removeEventListener('x', listener, { capture: true });
  assert.deepStrictEqual(getEventListeners(target, 'x'), []);
  target.dispatchEvent(new Event('x'));
}

{
  // Capture and bubble listeners run in the order they were added (the target is the only
  // node on the path).
  const target = new EventTarget();
  const order = [];
  target.addEventListener('x', () => order.push('bubble 1'));
  target.addEventListener('x', () => order.push('capture'), { capture: true });
  target.addEventListener('x', () => order.push('bubble 2'));
  target.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(order, ['bubble 1', 'capture', 'bubble 2']);
}

{
  // once: called a single time, and gone afterwards.
  const target = new EventTarget();
  const listener = common.mustCall((event) => assert.strictEqual(event.type, 'x'));
  target.addEventListener('x', listener, { once: true });
  assert.strictEqual(getEventListeners(target, 'x').length, 1);
  target.dispatchEvent(new Event('x'));
  assert.strictEqual(getEventListeners(target, 'x').length, 0);
  target.dispatchEvent(new Event('x'));

  // Re-dispatching from inside a once listener does not call it again.
  const reentrant = common.mustCall(() => target.dispatchEvent(new Event('y')));
  target.addEventListener('y', reentrant, { once: true });
  target.dispatchEvent(new Event('y'));

  // A handler object can be once too.
  const handler = { handleEvent: common.mustCall() };
  target.addEventListener('z', handler, { once: true });
  target.dispatchEvent(new Event('z'));
  target.dispatchEvent(new Event('z'));
}

{
  // A once listener that was removed before the event does not run.
  const target = new EventTarget();
  const listener = common.mustNotCall();
  target.addEventListener('x', listener, { once: true });
  target.removeEventListener('x', listener);
  target.dispatchEvent(new Event('x'));
}

{
  // Options are read as booleans; arrays and functions count as option objects, null and
  // undefined as "no options".
  const target = new EventTarget();
  const listener = common.mustCall(1);
  target.addEventListener('x', listener, { once: 1, capture: '' });
  target.addEventListener('x', common.mustCall(), null);
  target.addEventListener('x', common.mustCall(), undefined);
  target.addEventListener('x', common.mustCall(), []);
  target.addEventListener('x', common.mustCall(), () => {});
  target.dispatchEvent(new Event('x'));
  target.dispatchEvent(new Event('nothing'));
  assert.strictEqual(getEventListeners(target, 'x').length, 4);
}

{
  // The options are read in this order: once, capture, passive, signal.
  const read = [];
  const options = new Proxy({}, {
    get(object, key) {
      if (typeof key === 'string') read.push(key);
      return undefined;
    },
  });
  new EventTarget().addEventListener('x', () => {}, options);
  assert.deepStrictEqual(read, ['once', 'capture', 'passive', 'signal']);
  read.length = 0;
  new EventTarget().removeEventListener('x', () => {}, options);
  assert.deepStrictEqual(read, ['capture']);
}

{
  // A passive listener runs like any other (Node 20 treats passive as a hint only).
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall((event) => {
    assert.strictEqual(event.type, 'x');
  }), { passive: true });
  target.dispatchEvent(new Event('x'));
}
