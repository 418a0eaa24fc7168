'use strict';
// 'exit' listeners receive the exit code, run with process as `this`, and may still change
// process.exitCode (this test would exit with 3 otherwise).
const common = require('../common');
const assert = require('assert');

process.exitCode = 3;
process.on('exit', common.mustCall(function(code) {
  assert.strictEqual(this, process);
  assert.strictEqual(arguments.length, 1);
  assert.strictEqual(code, 3);
  assert.strictEqual(process.exitCode, 3);
  // No more ticks once exiting.
  process.nextTick(common.mustNotCall());
  process.exitCode = 0;
}));
process.on('exit', common.mustCall((code) => {
  // Every listener gets the code the event was emitted with.
  assert.strictEqual(code, 3);
  assert.strictEqual(process.exitCode, 0);
}));
