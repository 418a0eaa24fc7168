'use strict';
// A timer or immediate that throws reaches 'uncaughtException'; the others still run.
const common = require('../common');
const assert = require('assert');

const errors = [];
process.on('uncaughtException', common.mustCall((err) => errors.push(err.message), 2));

setTimeout(() => { throw new Error('timer boom'); }, 1);
setTimeout(common.mustCall(), 1);
setTimeout(common.mustCall(), 2);
setImmediate(() => { throw new Error('immediate boom'); });
setImmediate(common.mustCall());

process.on('exit', () => {
  assert.deepStrictEqual(errors.sort(), ['immediate boom', 'timer boom']);
});
