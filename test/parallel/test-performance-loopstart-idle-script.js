'use strict';
// Even with nothing pending, the loop's start is recorded before 'beforeExit', and the
// loop's exit before 'exit'.
const common = require('../common');
const assert = require('assert');
const { performance } = require('perf_hooks');

assert.strictEqual(performance.nodeTiming.loopStart, -1);
process.on('beforeExit', common.mustCall(() => {
  assert.ok(performance.nodeTiming.loopStart > 0);
  assert.strictEqual(performance.nodeTiming.loopExit, -1);
}));
// (An 'exit' listener cannot be checked with mustCall: those checks run in 'exit' too.)
process.on('exit', () => {
  assert.ok(performance.nodeTiming.loopExit >= performance.nodeTiming.loopStart);
});
