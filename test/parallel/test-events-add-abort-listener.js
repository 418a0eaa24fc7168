'use strict';
// events.addAbortListener(signal, listener): runs the listener once on abort (on a microtask
// when already aborted) and returns a disposable that stops listening.
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

{
  const controller = new AbortController();
  const disposable = addAbortListener(controller.signal, common.mustCall((event) => {
    assert.strictEqual(event.type, 'abort');
  }));
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  controller.abort();
  controller.abort(); // once only
}

{
  // Disposing before the abort: nothing runs.
  const controller = new AbortController();
  const disposable = addAbortListener(controller.signal, common.mustNotCall());
  disposable[Symbol.dispose]();
  controller.abort();
}

{
  // Already aborted: called without arguments, after the current code.
  let called = false;
  const disposable = addAbortListener(AbortSignal.abort(), common.mustCall((...args) => {
    assert.deepStrictEqual(args, []);
    called = true;
  }));
  assert.strictEqual(called, false);
  disposable[Symbol.dispose](); // too late to matter, and harmless
  queueMicrotask(common.mustCall(() => assert.strictEqual(called, true)));
}

assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortListener(new AbortController().signal, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'x\')',
});
