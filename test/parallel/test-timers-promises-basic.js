'use strict';
// timers/promises: setTimeout, setImmediate, setInterval as an async iterator, scheduler.
const common = require('../common');
const assert = require('assert');
const timers = require('timers/promises');

assert.strictEqual(require('timers').promises, timers);

(async () => {
  assert.strictEqual(await timers.setTimeout(2, 'value'), 'value');
  assert.strictEqual(await timers.setTimeout(1), undefined);
  assert.strictEqual(await timers.setImmediate('imm'), 'imm');
  const seen = [];
  for await (const value of timers.setInterval(1, 'tick')) {
    seen.push(value);
    if (seen.length === 3) break;
  }
  assert.deepStrictEqual(seen, ['tick', 'tick', 'tick']);
  assert.strictEqual(await timers.scheduler.wait(1), undefined);
  assert.strictEqual(await timers.scheduler.yield(), undefined);

  await assert.rejects(timers.setTimeout(1, null, 'not options'), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(timers.setTimeout(1, null, { ref: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(timers.setImmediate(null, { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());

// ref: false lets the process exit without waiting.
timers.setTimeout(100000, null, { ref: false }).then(common.mustNotCall());
