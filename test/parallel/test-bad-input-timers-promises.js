'use strict';
// Garbage in every argument position of timers/promises: the same rejections as node.
require('../common');
const badInput = require('../common/bad-input');
const timersPromises = require('timers/promises');

// The first tick of the interval iterator, then the interval is stopped.
async function firstInterval(...args) {
  const iterator = timersPromises.setInterval(...args);
  try {
    await iterator.next();
  } finally {
    await iterator.return();
  }
}

const { scheduler } = timersPromises;
const targets = {
  'setTimeout': [undefined, timersPromises.setTimeout, { args: [1, 'value', {}] }],
  'setImmediate': [undefined, timersPromises.setImmediate, { args: ['value', {}] }],
  'setInterval': [undefined, firstInterval, { args: [1, 'value', {}] }],
  'scheduler.wait': [scheduler, scheduler.wait, { args: [1, {}] }],
  'scheduler.yield': [scheduler, scheduler.yield, { args: [] }],
};

badInput.check(__filename, targets);
