'use strict';
// Within one wake-up, each channel delivers its whole queue before the next one, in the
// order the channels were made (node's order; browsers interleave differently).
const common = require('../common');
const assert = require('assert');
const { BroadcastChannel } = require('worker_threads');

const c1 = new BroadcastChannel('delivery-order');
const c2 = new BroadcastChannel('delivery-order');
const c3 = new BroadcastChannel('delivery-order');
const events = [];
const done = common.mustCall(() => {
  assert.deepStrictEqual(events, [
    ['c1', 'from c3'], ['c1', 'done'],
    ['c2', 'from c1'], ['c2', 'from c3'],
    ['c3', 'from c1'], ['c3', 'done'],
  ]);
  c1.close();
  c2.close();
  c3.close();
});
for (const [name, channel] of [['c1', c1], ['c2', c2], ['c3', c3]]) {
  channel.onmessage = ({ data }) => {
    events.push([name, data]);
    if (events.length === 6) done();
  };
}
c1.postMessage('from c1');
c3.postMessage('from c3');
c2.postMessage('done');
