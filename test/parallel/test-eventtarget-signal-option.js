'use strict';
// addEventListener(type, listener, { signal }): aborting the signal removes the listener;
// a signal that is already aborted means the listener is never added.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

{
  const controller = new AbortController();
  const target = new EventTarget();
  const listener = common.mustCall(1);
  target.addEventListener('x', listener, { signal: controller.signal });
  target.addEventListener('x', common.mustCall(2));
  target.dispatchEvent(new Event('x'));
  controller.abort();
  assert.strictEqual(getEventListeners(target, 'x').length, 1);
  target.dispatchEvent(new Event('x'));
}

{
  // One signal can remove listeners from many targets at once.
  const controller = new AbortController();
  const targets = [new EventTarget(), new EventTarget(), new EventTarget()];
  for (const target of targets) {
    target.addEventListener('x', common.mustNotCall(), { signal: controller.signal });
    target.addEventListener('y', common.mustNotCall(), { signal: controller.signal, once: true });
  }
  controller.abort();
  for (const target of targets) {
    target.dispatchEvent(new Event('x'));
    target.dispatchEvent(new Event('y'));
    assert.strictEqual(getEventListeners(target, 'x').length, 0);
  }
}

{
  // Already aborted: nothing is added.
  const target = new EventTarget();
  target.addEventListener('x', common.mustNotCall(), { signal: AbortSignal.abort() });
  assert.strictEqual(getEventListeners(target, 'x').length, 0);
  target.dispatchEvent(new Event('x'));
}

{
  // A listener may abort its own signal; it is removed, and later events miss it.
  const controller = new AbortController();
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall(() => controller.abort()), { signal: controller.signal });
  target.dispatchEvent(new Event('x'));
  target.dispatchEvent(new Event('x'));
}

{
  // A later listener removed by an abort during the dispatch does not run.
  const controller = new AbortController();
  const target = new EventTarget();
  target.addEventListener('x', common.mustCall(() => controller.abort()));
  target.addEventListener('x', common.mustNotCall(), { signal: controller.signal });
  target.dispatchEvent(new Event('x'));
}

{
  // Signals made by AbortSignal.any() and AbortSignal.timeout() work as options too.
  const controller = new AbortController();
  const target = new EventTarget();
  target.addEventListener('x', common.mustNotCall(), {
    signal: AbortSignal.any([controller.signal, AbortSignal.timeout(100000)]),
  });
  controller.abort();
  target.dispatchEvent(new Event('x'));
}

{
  // The option is validated.
  const target = new EventTarget();
  for (const signal of [null, 1, 'signal', {}]) {
    assert.throws(() => target.addEventListener('x', () => {}, { signal }), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "options\.signal" property must be an instance of AbortSignal\. Received /,
    });
  }
  target.addEventListener('x', common.mustCall(), { signal: undefined });
  target.dispatchEvent(new Event('x'));
}
