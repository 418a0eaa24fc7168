'use strict';
// Setting or deleting process.env.TZ changes the time zone Dates use from then on, even for
// a Date made (and printed) before the change.
const common = require('../common');
const assert = require('assert');

if (!require('worker_threads').isMainThread) common.skip('process.env.TZ is only intercepted on the main thread');

const date = new Date('2020-01-15T12:00:00.000Z');
process.env.TZ = 'Etc/UTC';
assert.match(date.toString(), /^Wed Jan 15 2020 12:00:00 GMT\+0000 /);
assert.strictEqual(date.getHours(), 12);

// Etc/GMT-3 is three hours ahead of UTC (the POSIX sign is inverted).
process.env.TZ = 'Etc/GMT-3';
assert.match(date.toString(), /^Wed Jan 15 2020 15:00:00 GMT\+0300 /);
assert.strictEqual(date.getHours(), 15);
assert.strictEqual(new Date(2020, 0, 15, 15).toISOString(), '2020-01-15T12:00:00.000Z');

process.env.TZ = 'Etc/GMT+5';
assert.match(date.toString(), /^Wed Jan 15 2020 07:00:00 GMT-0500 /);

process.env.TZ = 'Etc/UTC';
assert.strictEqual(date.getHours(), 12);

// Deleting it goes back to the system's zone without crashing.
delete process.env.TZ;
assert.strictEqual(typeof date.toString(), 'string');
