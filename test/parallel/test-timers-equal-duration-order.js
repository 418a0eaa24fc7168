'use strict';
// Timers of equal duration fire in the order they were set; a long callback delays the later
// ones but never reorders them.
const common = require('../common');
const assert = require('assert');

const fired = [];
for (let i = 0; i < 20; i++) {
  setTimeout(() => {
    fired.push(i);
    if (i === 3) {
      const end = Date.now() + 30;
      while (Date.now() < end);  // block the loop
    }
  }, 5);
}
setTimeout(common.mustCall(() => fired.push('later')), 6);
setTimeout(common.mustCall(() => fired.push('much later')), 40);

process.on('exit', () => {
  assert.deepStrictEqual(fired, [...Array(20).keys(), 'later', 'much later']);
});
