'use strict';
// process.noDeprecation, when set, silences DeprecationWarnings entirely (no 'warning' event),
// while other warnings still go out.
const common = require('../common');
const assert = require('assert');

// Without --no-deprecation the property does not exist.
assert.strictEqual(process.noDeprecation, undefined);
assert.strictEqual(Object.getOwnPropertyDescriptor(process, 'noDeprecation'), undefined);
assert.strictEqual(process.throwDeprecation, undefined);
assert.strictEqual(process.traceDeprecation, undefined);

const seen = [];
process.on('warning', (warning) => seen.push(`${warning.name}: ${warning.message}`));

process.noDeprecation = true;
process.emitWarning('silenced', 'DeprecationWarning', 'DEP0');
process.emitWarning('silenced too', { type: 'DeprecationWarning' });
const error = new Error('silenced error');
error.name = 'DeprecationWarning';
process.emitWarning(error);
process.emitWarning('still shown');
process.emitWarning('also shown', 'OtherWarning');

process.nextTick(common.mustCall(() => {
  process.noDeprecation = false;
  process.emitWarning('shown again', 'DeprecationWarning');
  process.nextTick(common.mustCall(() => {
    assert.deepStrictEqual(seen, [
      'Warning: still shown',
      'OtherWarning: also shown',
      'DeprecationWarning: shown again',
    ]);
  }));
}));
