'use strict';
// Immediates queued while the check phase runs wait for the next loop iteration: a timer
// that is already due runs between the two batches.
const common = require('../common');
const assert = require('assert');

const order = [];
setTimeout(common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    order.push('imm-a');
    setImmediate(common.mustCall(() => order.push('imm-next-iteration')));
    const end = Date.now() + 5;
    while (Date.now() < end);  // let the timer below become due
  }));
  setImmediate(common.mustCall(() => order.push('imm-b')));
  setTimeout(common.mustCall(() => order.push('timer')), 1);
}), 1);

process.on('exit', () => {
  assert.deepStrictEqual(order, ['imm-a', 'imm-b', 'timer', 'imm-next-iteration']);
});
