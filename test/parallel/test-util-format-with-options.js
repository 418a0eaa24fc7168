'use strict';
// util.formatWithOptions() passes its options to inspect and requires an object (or array) for them.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(util.formatWithOptions({ colors: true }, '%s %O', { a: 1 }, { b: 2 }, 3, 'x'), '{ a: 1 } { b: \x1b[33m2\x1b[39m } \x1b[33m3\x1b[39m x');
assert.strictEqual(util.formatWithOptions({ numericSeparator: true }, '%d %i %f %s', 1234567, 1234567.8, 1234.5678, 1234567, 9876543), '1_234_567 1_234_567 1_234.567_8 1_234_567 9_876_543');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions([], 'x %s', 1), 'x 1');
assert.strictEqual(util.formatWithOptions({ compact: false }, '%s', { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ showHidden: true }, [1]), '[ 1, [length]: 1 ]');

for (const bad of [null, undefined, 'x', 5, () => {}]) {
  assert.throws(() => util.formatWithOptions(bad, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => util.formatWithOptions(null, 'x'), {
  message: 'The "inspectOptions" argument must be of type object. Received null',
});
