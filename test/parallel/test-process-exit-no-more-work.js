'use strict';
// 'exit' listeners run synchronously: timers, immediates and ticks they schedule never run;
// the microtask queue is drained once more.
const common = require('../common');

process.on('exit', () => {
  setTimeout(common.mustNotCall(), 0);
  setImmediate(common.mustNotCall());
  process.nextTick(common.mustNotCall());
  Promise.resolve().then(common.mustCall());  // microtasks still drain after 'exit'
});
