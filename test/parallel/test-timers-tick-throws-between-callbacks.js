'use strict';
// A nextTick that throws between two due timers (or two immediates) is reported, and the
// next timer or immediate still runs before the remaining ticks, as in node.
const common = require('../common');
const assert = require('assert');

const order = [];
process.on('uncaughtException', common.mustCall((err) => order.push(`caught ${err.message}`), 2));

setTimeout(() => {
  process.nextTick(() => { order.push('t1'); throw new Error('from timer tick'); });
  process.nextTick(() => order.push('t2'));
  Promise.resolve().then(() => order.push('p1'));
}, 1);
setTimeout(() => order.push('timer2'), 1);
// Both 1 ms timers must be due in the same timers phase: wait out the millisecond they may
// have been set apart.
const end = Date.now() + 5;
while (Date.now() < end);

setTimeout(() => {
  setImmediate(() => {
    process.nextTick(() => { order.push('i-t1'); throw new Error('from immediate tick'); });
    process.nextTick(() => order.push('i-t2'));
  });
  setImmediate(() => order.push('imm2'));
}, 20);

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    't1', 'caught from timer tick', 'timer2', 't2', 'p1',
    'i-t1', 'caught from immediate tick', 'imm2', 'i-t2',
  ]);
});
