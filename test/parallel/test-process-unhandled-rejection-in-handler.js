'use strict';
// A promise rejected inside an 'unhandledRejection' handler is not reported in the same
// round: the ticks and microtasks the handler queued run first, and may handle it.
const common = require('../common');
const assert = require('assert');

const order = [];
Promise.reject(new Error('first'));

process.on('unhandledRejection', common.mustCall((reason) => {
  order.push(`unhandled ${reason.message}`);
  if (reason.message !== 'first') return;
  // Handled from a tick: never reported.
  const handledLater = Promise.reject(new Error('handled from a tick'));
  process.nextTick(() => {
    order.push('tick');
    handledLater.catch(common.mustCall());
  });
  // Never handled: reported after the tick ran.
  Promise.reject(new Error('second'));
}, 2));

process.on('exit', () => {
  assert.deepStrictEqual(order, ['unhandled first', 'tick', 'unhandled second']);
});
