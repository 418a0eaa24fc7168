'use strict';
// process.setUncaughtExceptionCaptureCallback(): the callback takes uncaught exceptions
// instead of 'uncaughtException' listeners; only one can be set at a time.
const common = require('../common');
const assert = require('assert');

assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);

const first = new Error('first');
const second = new Error('second');
process.on('uncaughtException', common.mustNotCall('the capture callback goes first'));

process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
  assert.strictEqual(err, first);
  assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
  process.nextTick(common.mustCall(() => {
    // Clearing with null allows a new callback.
    process.setUncaughtExceptionCaptureCallback(null);
    assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
    process.setUncaughtExceptionCaptureCallback(common.mustCall((err) => {
      assert.strictEqual(err, second);
    }));
    throw second;
  }));
}));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  name: 'Error',
  message: '`process.setupUncaughtExceptionCapture()` was called while a capture callback ' +
           'was already active',
});
for (const [value, received] of [
  [undefined, 'Received undefined'],
  [1, 'Received type number (1)'],
  [{}, 'Received an instance of Object'],
]) {
  assert.throws(() => process.setUncaughtExceptionCaptureCallback(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "fn" argument must be of type function or null. ${received}`,
  });
}

throw first;
