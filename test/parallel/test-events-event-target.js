'use strict';
// The static helpers of events accept EventTargets too: once() and on() listen with
// addEventListener (and yield [event]), getEventListeners(), getMaxListeners() and
// setMaxListeners() read and set the target's own list and limit.
const common = require('../common');
const assert = require('assert');
const events = require('events');

(async () => {
  {
    const target = new EventTarget();
    const promise = events.once(target, 'foo');
    const event = new Event('foo');
    target.dispatchEvent(event);
    assert.deepStrictEqual(await promise, [event]);
    assert.deepStrictEqual(events.getEventListeners(target, 'foo'), []);
  }

  {
    // 'error' is nothing special for an EventTarget.
    const target = new EventTarget();
    const promise = events.once(target, 'error');
    const event = new Event('error');
    target.dispatchEvent(event);
    assert.deepStrictEqual(await promise, [event]);
  }

  {
    const target = new EventTarget();
    const a = () => {};
    const b = { handleEvent() {} };
    target.addEventListener('foo', a);
    target.addEventListener('foo', b);
    assert.deepStrictEqual(events.getEventListeners(target, 'foo'), [a, b]);
    assert.deepStrictEqual(events.getEventListeners(target, 'bar'), []);
  }

  {
    const target = new EventTarget();
    events.setMaxListeners(7, target);
    assert.strictEqual(events.getMaxListeners(target), 7);
    assert.strictEqual(target[events.kMaxEventTargetListeners], 7);
    assert.strictEqual(target[events.kMaxEventTargetListenersWarned], false);
  }

  {
    const target = new EventTarget();
    const iterator = events.on(target, 'foo');
    const first = new Event('foo');
    target.dispatchEvent(first);
    assert.deepStrictEqual(await iterator.next(), { value: [first], done: false });
    await iterator.return();
    assert.deepStrictEqual(events.getEventListeners(target, 'foo'), []);
  }
})().then(common.mustCall());
