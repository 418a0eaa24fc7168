'use strict';
// process.hrtime.bigint(): nanoseconds as a BigInt, moving forward, agreeing with hrtime().
require('../common');
const assert = require('assert');

assert.strictEqual(process.hrtime.bigint.name, 'hrtimeBigInt');
const start = process.hrtime.bigint();
assert.strictEqual(typeof start, 'bigint');
assert.ok(start > 0n);

const [seconds, nanoseconds] = process.hrtime();
const end = process.hrtime.bigint();
assert.ok(end >= start);
// Both clocks are the same clock.
const fromArray = BigInt(seconds) * 1000000000n + BigInt(nanoseconds);
assert.ok(fromArray >= start && fromArray <= end, `${start} ${fromArray} ${end}`);

const until = Date.now() + 5;
while (Date.now() < until);
assert.ok(process.hrtime.bigint() - start >= 4000000n);

// Arguments are ignored.
assert.strictEqual(typeof process.hrtime.bigint(1), 'bigint');
