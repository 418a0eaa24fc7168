'use strict';
// A listener that throws does not stop the dispatch: the other listeners run, dispatchEvent()
// returns normally, and the error surfaces afterwards as an uncaught exception. A listener
// returning a rejected promise (an async function) is reported the same way.
const common = require('../common');
const assert = require('assert');

const thrown = new Error('thrown by a listener');
const rejected = new Error('rejected by an async listener');
const fromHandler = new Error('thrown by handleEvent');
const expected = [thrown, fromHandler, rejected];

process.on('uncaughtException', common.mustCall((error, origin) => {
  assert.strictEqual(origin, 'uncaughtException');
  assert.ok(expected.includes(error), error);
  expected.splice(expected.indexOf(error), 1);
}, 3));

const target = new EventTarget();
const order = [];
target.addEventListener('x', (event) => {
  order.push('throws');
  event.preventDefault();
  throw thrown;
});
target.addEventListener('x', { handleEvent() { order.push('handler'); throw fromHandler; } });
target.addEventListener('x', async () => {
  order.push('async');
  throw rejected;
});
target.addEventListener('x', (event) => {
  order.push('last');
  assert.strictEqual(event.defaultPrevented, true);
});

let sawUncaughtSynchronously = false;
process.once('uncaughtException', () => { sawUncaughtSynchronously = inDispatch; });
let inDispatch = true;
const result = target.dispatchEvent(new Event('x', { cancelable: true }));
inDispatch = false;

assert.strictEqual(result, false);
assert.deepStrictEqual(order, ['throws', 'handler', 'async', 'last']);
process.on('exit', () => {
  assert.strictEqual(sawUncaughtSynchronously, false);
  assert.deepStrictEqual(expected, []);
});
