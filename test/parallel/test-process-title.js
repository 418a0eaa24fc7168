'use strict';
// process.title reads and sets the process title; what is assigned becomes a string.
require('../common');
const assert = require('assert');

assert.strictEqual(typeof process.title, 'string');
assert.notStrictEqual(process.title, '');

process.title = 'lode-title-test';
assert.strictEqual(process.title, 'lode-title-test');
process.title = 12;
assert.strictEqual(process.title, '12');
process.title = { toString() { return 'from-object'; } };
assert.strictEqual(process.title, 'from-object');
assert.ok(Object.keys(process).includes('title'));
