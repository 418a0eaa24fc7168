'use strict';
// 'beforeExit' fires when the loop empties; work it schedules keeps the process going, and
// it fires again after that work is done. An explicit exit skips it.
const common = require('../common');
const assert = require('assert');

let rounds = 0;
process.on('beforeExit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  if (++rounds < 3) setTimeout(common.mustCall(), 1);
}, 3));

process.on('exit', () => assert.strictEqual(rounds, 3));
