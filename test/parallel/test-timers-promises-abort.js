'use strict';
// timers/promises with an AbortSignal: already aborted, aborted while waiting, and the
// AbortError carrying the signal's reason as its cause.
const common = require('../common');
const assert = require('assert');
const timers = require('timers/promises');

(async () => {
  const aborted = AbortSignal.abort('early');
  await assert.rejects(timers.setTimeout(10, 'x', { signal: aborted }), (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, 'early');
    return true;
  });
  await assert.rejects(timers.setImmediate('x', { signal: aborted }), { name: 'AbortError' });

  const controller = new AbortController();
  const pending = timers.setTimeout(100000, 'never', { signal: controller.signal });
  setTimeout(() => controller.abort(new Error('stop')), 1);
  await assert.rejects(pending, (err) => err.name === 'AbortError' && err.cause.message === 'stop');

  const iterator = new AbortController();
  const seen = [];
  await assert.rejects((async () => {
    for await (const value of timers.setInterval(1, 'v', { signal: iterator.signal })) {
      seen.push(value);
      if (seen.length === 2) iterator.abort();
    }
  })(), { name: 'AbortError' });
  assert.deepStrictEqual(seen, ['v', 'v']);

  await assert.rejects(timers.scheduler.wait(10, { signal: AbortSignal.abort() }), { name: 'AbortError' });
})().then(common.mustCall());
