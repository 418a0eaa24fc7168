'use strict';
// stopImmediatePropagation() ends the dispatch at the current listener; stopPropagation()
// and cancelBubble only matter for parents, which an EventTarget does not have.
const common = require('../common');
const assert = require('assert');

{
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall((event) => {
    event.stopImmediatePropagation();
    assert.strictEqual(event.cancelBubble, true);
  }));
  target.addEventListener('x', common.mustNotCall());
  assert.strictEqual(target.dispatchEvent(new Event('x')), true);
}

{
  const target = new EventTarget();
  const order = [];
  target.addEventListener('x', (event) => {
    event.stopPropagation();
    assert.strictEqual(event.cancelBubble, true);
    order.push(1);
  });
  target.addEventListener('x', () => order.push(2));
  target.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(order, [1, 2]);
}

{
  // cancelBubble is a legacy alias of stopPropagation(): only a truthy value sticks.
  const event = new Event('x');
  event.cancelBubble = false;
  assert.strictEqual(event.cancelBubble, false);
  event.cancelBubble = 1;
  assert.strictEqual(event.cancelBubble, true);
  event.cancelBubble = false;
  assert.strictEqual(event.cancelBubble, true);

  const stopped = new Event('x');
  stopped.stopPropagation();
  assert.strictEqual(stopped.cancelBubble, true);
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall(1));
  target.dispatchEvent(stopped);
}

{
  // An event stopped before its dispatch reaches no listener.
  const event = new Event('x');
  event.stopImmediatePropagation();
  const target = new EventTarget();
  target.addEventListener('x', common.mustNotCall());
  assert.strictEqual(target.dispatchEvent(event), true);
}
