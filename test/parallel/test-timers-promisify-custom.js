'use strict';
// util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises' functions
// themselves, as node's.
const common = require('../common');
const assert = require('assert');
const { promisify } = require('util');
const timersPromises = require('timers/promises');

assert.strictEqual(promisify(setTimeout), timersPromises.setTimeout);
assert.strictEqual(promisify(setImmediate), timersPromises.setImmediate);
promisify(setTimeout)(1, 'late').then(common.mustCall((value) => assert.strictEqual(value, 'late')));
