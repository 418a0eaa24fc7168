'use strict';
// process.emitWarning rejects warnings that are neither strings nor Errors, and types and
// codes that are not strings.
const common = require('../common');
const assert = require('assert');

for (const [value, received] of [
  [undefined, 'Received undefined'],
  [1, 'Received type number (1)'],
  [{}, 'Received an instance of Object'],
  [null, 'Received null'],
]) {
  assert.throws(() => process.emitWarning(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "warning" argument must be of type string or an instance of Error. ' +
             received,
  });
}

function typeError(name, received) {
  return {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "${name}" argument must be of type string. ${received}`,
  };
}
assert.throws(() => process.emitWarning('x', 1), typeError('type', 'Received type number (1)'));
assert.throws(() => process.emitWarning('x', null), typeError('type', 'Received null'));
assert.throws(() => process.emitWarning('x', []), typeError('type', 'Received an instance of Array'));
assert.throws(() => process.emitWarning('x', { type: 1 }),
              typeError('type', 'Received type number (1)'));
assert.throws(() => process.emitWarning('x', 'T', 1), typeError('code', 'Received type number (1)'));
assert.throws(() => process.emitWarning('x', 'T', null), typeError('code', 'Received null'));
assert.throws(() => process.emitWarning('x', { code: 1 }),
              typeError('code', 'Received type number (1)'));

// Nothing was emitted for the rejected calls; these two are fine (an empty type means the
// default, a non-string detail is dropped).
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  assert.strictEqual(warning.detail, undefined);
}, 2));
process.emitWarning('empty type', '');
process.emitWarning('numeric detail', { detail: 1 });
