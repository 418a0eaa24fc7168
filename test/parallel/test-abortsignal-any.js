'use strict';
// AbortSignal.any(signals): a signal that aborts, with the same reason, as soon as one of
// the given signals does.
const common = require('../common');
const assert = require('assert');
const { getEventListeners } = require('events');

{
  const first = new AbortController();
  const second = new AbortController();
  const combined = AbortSignal.any([first.signal, second.signal]);
  assert.ok(combined instanceof AbortSignal);
  assert.strictEqual(combined.aborted, false);
  // No listener is put on the sources.
  assert.deepStrictEqual(getEventListeners(first.signal, 'abort'), []);

  combined.addEventListener('abort', common.mustCall((event) => {
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(combined.reason, 'second');
  }));
  second.abort('second');
  assert.strictEqual(combined.aborted, true);
  assert.strictEqual(combined.reason, 'second');
  first.abort('first');
  assert.strictEqual(combined.reason, 'second');
}

{
  // Already aborted: the result is aborted from the start, with the first aborted reason.
  const combined = AbortSignal.any([new AbortController().signal, AbortSignal.abort('a'),
                                    AbortSignal.abort('b')]);
  assert.strictEqual(combined.aborted, true);
  assert.strictEqual(combined.reason, 'a');
}

{
  // No signals: never aborts.
  const combined = AbortSignal.any([]);
  assert.strictEqual(combined.aborted, false);
}

{
  // The default reason travels as is.
  const controller = new AbortController();
  const combined = AbortSignal.any([controller.signal]);
  controller.abort();
  assert.strictEqual(combined.reason, controller.signal.reason);
  assert.strictEqual(combined.reason.name, 'AbortError');
}

{
  // The source's own listeners run first, then the combined signal's (Node 20's order).
  const controller = new AbortController();
  const combined = AbortSignal.any([controller.signal]);
  const order = [];
  controller.signal.addEventListener('abort', () => order.push('source 1'));
  combined.addEventListener('abort', () => order.push('combined'));
  controller.signal.addEventListener('abort', () => order.push('source 2'));
  controller.abort();
  assert.deepStrictEqual(order, ['source 1', 'source 2', 'combined']);
}

{
  // Combined signals can be combined again; each layer aborts, inner ones first.
  const controller = new AbortController();
  const inner = AbortSignal.any([controller.signal]);
  const outer = AbortSignal.any([inner, new AbortController().signal]);
  const order = [];
  controller.signal.onabort = () => order.push('source');
  inner.onabort = () => order.push('inner');
  outer.onabort = () => order.push('outer');
  controller.abort('why');
  assert.deepStrictEqual(order, ['source', 'inner', 'outer']);
  assert.strictEqual(outer.reason, 'why');
}

{
  // The same signal twice, and timeout signals, are fine.
  const controller = new AbortController();
  const combined = AbortSignal.any([controller.signal, controller.signal, AbortSignal.timeout(100000)]);
  combined.onabort = common.mustCall();
  controller.abort();
}

{
  // A combined signal can fire only once even if several sources abort during its dispatch.
  const first = new AbortController();
  const second = new AbortController();
  const combined = AbortSignal.any([first.signal, second.signal]);
  combined.addEventListener('abort', common.mustCall(() => second.abort('later')));
  first.abort('earlier');
  assert.strictEqual(combined.reason, 'earlier');
}

{
  // Validation.
  for (const value of [undefined, null, 1, 'ab', new Set(), { length: 0 }]) {
    assert.throws(() => AbortSignal.any(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: /^The "signals" argument must be an instance of Array\. Received /,
    });
  }
  assert.throws(() => AbortSignal.any([new AbortController().signal, 1]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signals[1]" argument must be an instance of AbortSignal. Received type number (1)',
  });
  assert.throws(() => AbortSignal.any([null]), {
    message: 'The "signals[0]" argument must be an instance of AbortSignal. Received null',
  });
  assert.strictEqual(AbortSignal.any.length, 1);
}
