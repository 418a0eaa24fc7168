'use strict';
// The timer behind AbortSignal.timeout() does not keep the process alive: with nothing else
// to do the process exits at once, even with listeners on the signal. (Were the timer ref'd,
// this test would run for an hour.)
const common = require('../common');
const assert = require('assert');

const signal = AbortSignal.timeout(60 * 60 * 1000);
signal.addEventListener('abort', common.mustNotCall());
const start = Date.now();
process.on('exit', () => {
  assert.strictEqual(signal.aborted, false);
  assert.ok(Date.now() - start < 5000);
});
