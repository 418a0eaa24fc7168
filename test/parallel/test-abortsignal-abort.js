'use strict';
// AbortSignal.abort(reason): a signal that is aborted from the start (no event is fired).
require('../common');
const assert = require('assert');

{
  const signal = AbortSignal.abort();
  assert.ok(signal instanceof AbortSignal);
  assert.ok(signal instanceof EventTarget);
  assert.strictEqual(signal.aborted, true);
  assert.ok(signal.reason instanceof DOMException);
  assert.strictEqual(signal.reason.name, 'AbortError');
  assert.strictEqual(signal.reason.message, 'This operation was aborted');
  assert.strictEqual(signal.reason.code, 20);
  // A new reason each time.
  assert.notStrictEqual(AbortSignal.abort().reason, signal.reason);
}

{
  const reason = new Error('why');
  assert.strictEqual(AbortSignal.abort(reason).reason, reason);
  assert.strictEqual(AbortSignal.abort(null).reason, null);
  assert.strictEqual(AbortSignal.abort(0).reason, 0);
  assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
}

{
  const descriptor = Object.getOwnPropertyDescriptor(AbortSignal, 'abort');
  assert.strictEqual(descriptor.enumerable, false);
  assert.strictEqual(descriptor.writable, true);
  assert.strictEqual(AbortSignal.abort.length, 0);
}
