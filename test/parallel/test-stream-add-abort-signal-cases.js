'use strict';
// addAbortSignal() and the `signal` option: an abort destroys the stream with an AbortError
// whose cause is the signal's reason.
const common = require('../common');
const assert = require('assert');
const { addAbortSignal, Readable, Writable, Duplex } = require('stream');

assert.throws(() => addAbortSignal('nope', new Readable()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received type string (\'nope\')',
});
assert.throws(() => addAbortSignal(new AbortController().signal, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or ' +
           'Stream. Received an instance of Object',
});

{
  const controller = new AbortController();
  const r = new Readable({ read() {} });
  assert.strictEqual(addAbortSignal(controller.signal, r), r);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
  }));
  r.on('close', common.mustCall());
  controller.abort('why');
  assert.strictEqual(r.destroyed, true);
}

{
  // Already aborted: destroyed at once.
  const w = new Writable({ write() {}, signal: AbortSignal.abort() });
  assert.strictEqual(w.destroyed, true);
  w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
}

{
  // A duplex through its options.
  const controller = new AbortController();
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: controller.signal });
  d.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  setImmediate(() => controller.abort());
}

{
  // Once the stream is done, aborting does nothing.
  const controller = new AbortController();
  const r = Readable.from(['x'], { signal: controller.signal });
  r.on('error', common.mustNotCall());
  r.resume();
  r.on('close', common.mustCall(() => {
    controller.abort();
    assert.strictEqual(r.errored, null);
  }));
}
