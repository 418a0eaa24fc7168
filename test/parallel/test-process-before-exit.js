'use strict';
// 'beforeExit' is emitted with process.exitCode when the loop runs out of work, after
// queued ticks and microtasks; work queued from a listener runs, and with no new loop work
// the event is not emitted again.
const common = require('../common');
const assert = require('assert');

const order = [];
// Added before any common.mustCall() (which adds common's own 'exit' check), so that it
// runs first.
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(order, [
    'tick',
    'microtask',
    'beforeExit',
    'tick from beforeExit',
    'microtask from beforeExit',
  ]);
});

process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
process.exitCode = 0;

process.on('beforeExit', common.mustCall(function(code) {
  assert.strictEqual(this, process);
  assert.strictEqual(code, 0);
  order.push('beforeExit');
  process.nextTick(() => order.push('tick from beforeExit'));
  Promise.resolve().then(() => order.push('microtask from beforeExit'));
}, 1));
