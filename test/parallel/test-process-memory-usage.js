'use strict';
// process.memoryUsage() and process.memoryUsage.rss(): byte counts as integers.
require('../common');
const assert = require('assert');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage),
                       ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [key, value] of Object.entries(usage)) {
  assert.ok(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert.ok(usage.rss > 0);
assert.ok(usage.heapTotal > 0);
assert.ok(usage.heapUsed > 0);
assert.ok(usage.heapUsed <= usage.heapTotal);

// Each call returns a fresh object.
assert.notStrictEqual(process.memoryUsage(), usage);

assert.strictEqual(process.memoryUsage.rss.name, 'rss');
const rss = process.memoryUsage.rss();
assert.ok(Number.isInteger(rss) && rss > 0);
