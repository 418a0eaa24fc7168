'use strict';
// Between every two callbacks the nextTick queue drains first, then microtasks; timers and
// immediates each get the drain between them, as node does since v11.
require('../common');
const assert = require('assert');

const order = [];
setImmediate(() => {
  order.push('imm1');
  process.nextTick(() => order.push('imm1-tick'));
  Promise.resolve().then(() => order.push('imm1-promise'));
});
setImmediate(() => order.push('imm2'));
setTimeout(() => {
  order.push('t1');
  process.nextTick(() => order.push('t1-tick'));
  queueMicrotask(() => order.push('t1-micro'));
}, 1);
setTimeout(() => order.push('t2'), 1);
Promise.resolve().then(() => {
  order.push('promise');
  process.nextTick(() => order.push('promise-tick'));
});
process.nextTick(() => {
  order.push('tick');
  Promise.resolve().then(() => order.push('tick-promise'));
  process.nextTick(() => order.push('tick-tick'));
});
order.push('sync');

process.on('exit', () => {
  // Where the timers fall relative to the immediates depends on timing; within each kind
  // the order is fixed.
  const main = order.slice(0, 6);
  assert.deepStrictEqual(main, ['sync', 'tick', 'tick-tick', 'promise', 'tick-promise', 'promise-tick']);
  const rest = order.slice(6);
  const immediates = rest.filter((x) => x.startsWith('imm'));
  const timers = rest.filter((x) => x.startsWith('t'));
  assert.deepStrictEqual(immediates, ['imm1', 'imm1-tick', 'imm1-promise', 'imm2']);
  assert.deepStrictEqual(timers, ['t1', 't1-tick', 't1-micro', 't2']);
});
