'use strict';
// process.throwDeprecation turns a DeprecationWarning into an exception thrown from a later
// tick (after the warnings before it were printed), not from emitWarning itself.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.message, 'ordinary');
}));

process.throwDeprecation = true;
process.emitWarning('ordinary');
let returned = false;
process.emitWarning('to be thrown', 'DeprecationWarning', 'DEP_TEST');
returned = true;

process.on('uncaughtException', common.mustCall((err, origin) => {
  assert.strictEqual(returned, true);
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'DeprecationWarning');
  assert.strictEqual(err.message, 'to be thrown');
  assert.strictEqual(err.code, 'DEP_TEST');
  assert.strictEqual(origin, 'uncaughtException');
}));

// noDeprecation wins over throwDeprecation.
process.nextTick(common.mustCall(() => {
  process.noDeprecation = true;
  process.emitWarning('neither thrown nor shown', 'DeprecationWarning');
}));
