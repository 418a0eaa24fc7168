'use strict';
// 'beforeExit' listeners receive process.exitCode as it is when the loop empties.
const common = require('../common');
const assert = require('assert');

process.exitCode = 7;
process.on('beforeExit', common.mustCall((code) => {
  assert.strictEqual(code, 7);
  process.exitCode = 0;
}));
