'use strict';
// dispatchEvent(): listeners of the event's type run synchronously, in the order they were
// added, with `this` bound to the target (or to the handler object for handleEvent).
const common = require('../common');
const assert = require('assert');

{
  const target = new EventTarget();
  const event = new Event('ping');
  const order = [];
  assert.strictEqual(event.target, null);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.eventPhase, Event.NONE);
  assert.deepStrictEqual(event.composedPath(), []);

  target.addEventListener('ping', common.mustCall(function(received) {
    assert.strictEqual(this, target);
    assert.strictEqual(received, event);
    assert.strictEqual(received.target, target);
    assert.strictEqual(received.currentTarget, target);
    assert.strictEqual(received.srcElement, target);
    assert.strictEqual(received.eventPhase, Event.AT_TARGET);
    assert.deepStrictEqual(received.composedPath(), [target]);
    order.push('first');
  }));
  const handler = {
    handleEvent: common.mustCall(function(received) {
      assert.strictEqual(this, handler);
      assert.strictEqual(received, event);
      order.push('handler');
    }),
  };
  target.addEventListener('ping', handler);
  target.addEventListener('ping', common.mustCall(() => order.push('last')));
  target.addEventListener('other', common.mustNotCall());

  let returned;
  order.push('before');
  returned = target.dispatchEvent(event);
  order.push('after');
  assert.strictEqual(returned, true);
  assert.deepStrictEqual(order, ['before', 'first', 'handler', 'last', 'after']);

  // After the dispatch the target stays; the current target and phase are reset.
  assert.strictEqual(event.target, target);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.eventPhase, Event.NONE);
  assert.deepStrictEqual(event.composedPath(), []);
}

{
  // A target without listeners for the type: nothing happens, and the result is true.
  const target = new EventTarget();
  assert.strictEqual(target.dispatchEvent(new Event('nobody')), true);
}

{
  // handleEvent is looked up when the event comes, not when the object is added; an
  // object without one is skipped quietly.
  const target = new EventTarget();
  const late = {};
  target.addEventListener('x', late);
  target.addEventListener('x', {});
  late.handleEvent = common.mustCall(function() { assert.strictEqual(this, late); });
  target.dispatchEvent(new Event('x'));
}

{
  // A listener removed by an earlier one in the same dispatch does not run.
  const target = new EventTarget();
  const removed = common.mustNotCall();
  target.addEventListener('x', common.mustCall(() => target.removeEventListener('x', removed)));
  target.addEventListener('x', removed);
  target.addEventListener('x', common.mustCall());
  target.dispatchEvent(new Event('x'));
}

{
  // An event can be dispatched again once its dispatch is over, at any target.
  const first = new EventTarget();
  const second = new EventTarget();
  const event = new Event('again');
  first.addEventListener('again', common.mustCall(2));
  second.addEventListener('again', common.mustCall((received) => {
    assert.strictEqual(received.target, second);
  }));
  first.dispatchEvent(event);
  first.dispatchEvent(event);
  second.dispatchEvent(event);
  assert.strictEqual(event.target, second);
}

{
  // The type is compared as a string.
  const target = new EventTarget();
  target.addEventListener(1, common.mustCall());
  target.dispatchEvent(new Event('1'));
  target.addEventListener({ toString() { return 'custom'; } }, common.mustCall());
  target.dispatchEvent(new Event('custom'));
}

{
  // Subclasses dispatch to themselves.
  class Clock extends EventTarget {
    tick() { return this.dispatchEvent(new CustomEvent('tick', { detail: 42 })); }
  }
  const clock = new Clock();
  clock.addEventListener('tick', common.mustCall(function(event) {
    assert.strictEqual(this, clock);
    assert.strictEqual(event.detail, 42);
  }));
  assert.strictEqual(clock.tick(), true);
  assert.ok(clock instanceof EventTarget);
}
