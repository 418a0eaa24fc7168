'use strict';
// queueMicrotask runs with promise reactions, after nextTick; errors become uncaught.
const common = require('../common');
const assert = require('assert');

const order = [];
queueMicrotask(() => order.push('micro1'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('micro2'));
process.nextTick(() => order.push('tick'));

assert.throws(() => queueMicrotask('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'x\')',
});

process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'from microtask');
}));
queueMicrotask(() => { throw new Error('from microtask'); });

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, ['tick', 'micro1', 'promise', 'micro2']);
}));
