'use strict';
// process.nextTick: callbacks run after the current script, in order, before promise
// reactions and queueMicrotask callbacks; extra arguments are passed along.
const common = require('../common');
const assert = require('assert');

const order = [];
process.nextTick(common.mustCall((...args) => {
  order.push('tick1');
  assert.deepStrictEqual(args, [1, 'two', undefined, null, 5]);
}), 1, 'two', undefined, null, 5);
Promise.resolve().then(() => order.push('promise1'));
queueMicrotask(() => order.push('microtask1'));
process.nextTick(common.mustCall(() => {
  order.push('tick2');
  // A tick queued by a tick still runs before the promise reactions queued earlier.
  process.nextTick(() => order.push('tick2.1'));
  Promise.resolve().then(() => {
    order.push('promise2.1');
    // A tick queued by a microtask runs once the microtask queue is empty.
    process.nextTick(() => order.push('tick2.1.1'));
  });
}));
process.nextTick(common.mustCall(function() {
  order.push('tick3');
  assert.strictEqual(arguments.length, 0);
}));
order.push('sync');

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'sync',
    'tick1',
    'tick2',
    'tick3',
    'tick2.1',
    'promise1',
    'microtask1',
    'promise2.1',
    'tick2.1.1',
  ]);
});
