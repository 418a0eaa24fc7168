'use strict';
// process.uptime(): seconds since the process started, as a fraction, moving forward.
require('../common');
const assert = require('assert');

const first = process.uptime();
assert.strictEqual(typeof first, 'number');
assert.ok(first > 0 && first < 60, `${first}`);

const until = Date.now() + 10;
while (Date.now() < until);
const second = process.uptime();
assert.ok(second - first >= 0.009, `${first} ${second}`);
