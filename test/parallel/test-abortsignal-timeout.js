'use strict';
// AbortSignal.timeout(ms): a signal that aborts after `ms` milliseconds with a TimeoutError
// DOMException.
const common = require('../common');
const assert = require('assert');

const start = Date.now();
const signal = AbortSignal.timeout(20);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);

signal.addEventListener('abort', common.mustCall((event) => {
  assert.ok(Date.now() - start >= 19, `${Date.now() - start}`);
  assert.strictEqual(event.isTrusted, true);
  assert.strictEqual(signal.aborted, true);
  const { reason } = signal;
  assert.ok(reason instanceof DOMException);
  assert.strictEqual(reason.name, 'TimeoutError');
  assert.strictEqual(reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(reason.code, 23);
  assert.strictEqual(reason.code, DOMException.TIMEOUT_ERR);
  assert.throws(() => signal.throwIfAborted(), (error) => error === reason);
}));

// A zero delay still aborts asynchronously.
const immediate = AbortSignal.timeout(0);
assert.strictEqual(immediate.aborted, false);
immediate.onabort = common.mustCall();

// The timers are unref'd: this one keeps the process alive until the signal fires.
const keepAlive = setTimeout(common.mustNotCall(), 10000);
signal.addEventListener('abort', () => clearTimeout(keepAlive));
