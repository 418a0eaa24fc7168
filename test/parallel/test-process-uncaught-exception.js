'use strict';
// An 'uncaughtException' listener catches a throw from the main script: the rest of the
// script does not run, but queued ticks, microtasks and 'beforeExit' still do, and the
// process exits normally.
const common = require('../common');
const assert = require('assert');

const order = [];
let afterThrow = false;
// Added before any common.mustCall(), so that it runs before common's own 'exit' check.
process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(afterThrow, false);
  assert.deepStrictEqual(order, ['uncaughtException', 'tick', 'microtask', 'beforeExit']);
});

const thrown = new Error('boom');
process.on('uncaughtExceptionMonitor', common.mustCall((err, origin) => {
  assert.strictEqual(err, thrown);
  assert.strictEqual(origin, 'uncaughtException');
  assert.deepStrictEqual(order, []);
}));
process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(err, thrown);
  assert.strictEqual(origin, 'uncaughtException');
  assert.strictEqual(process.exitCode, undefined);
  order.push('uncaughtException');
}));
process.on('beforeExit', common.mustCall(() => order.push('beforeExit')));
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));

throw thrown;
afterThrow = true;  // eslint-disable-line no-unreachable
