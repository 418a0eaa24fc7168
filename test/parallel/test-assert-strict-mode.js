'use strict';
// Strict assertion mode: assert.strict, require('assert/strict') and require('node:assert/strict').
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(require('node:assert/strict'), strict);
assert.strictEqual(require('node:assert'), assert);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(assert.strict.strict.strict, strict);
assert.strictEqual(typeof strict, 'function');
assert.strictEqual(strict.name, 'strict');
assert.notStrictEqual(strict, assert);

// The same keys in the same order.
assert.deepStrictEqual(Object.keys(assert), [
  'fail', 'AssertionError', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual',
  'deepStrictEqual', 'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch',
  'CallTracker', 'strict',
]);
assert.deepStrictEqual(Object.keys(strict), Object.keys(assert));

// The loose comparisons are the strict ones; everything else is shared.
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
for (const key of ['fail', 'AssertionError', 'ok', 'throws', 'rejects', 'doesNotThrow',
                   'doesNotReject', 'ifError', 'match', 'doesNotMatch', 'CallTracker',
                   'strictEqual', 'deepStrictEqual']) {
  assert.strictEqual(strict[key], assert[key], key);
}

strict.notEqual(0, false);
strict.notDeepEqual(0, false);
assert.throws(() => strict.equal(1, true), { operator: 'strictEqual' });
assert.throws(() => strict.deepEqual([1], ['1']), { operator: 'deepStrictEqual' });
assert.throws(() => strict.notEqual(1, 1), { operator: 'notStrictEqual' });
assert.throws(() => strict.notDeepEqual([1], [1]), {
  message: 'Expected "actual" not to be strictly deep-equal to:\n\n[\n  1\n]\n',
});

// strict() itself is ok().
strict(7);
strict(true, 'unused');
assert.throws(() => strict(...[]), {
  message: 'No value argument passed to `assert.ok()`',
  name: 'AssertionError',
  generatedMessage: true,
});
assert.throws(() => strict(0), {
  message: 'The expression evaluated to a falsy value:\n\n  strict(0)\n',
  operator: '==',
});
assert.throws(() => assert.strict(null), {
  message: 'The expression evaluated to a falsy value:\n\n  assert.strict(null)\n',
});
