'use strict';
// Errors from push() and unshift(), and what push() returns.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  // push() after push(null).
  const r = new Readable({ objectMode: true, read() {} });
  r.push(null);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
    assert.strictEqual(err.name, 'Error');
  }));
  assert.strictEqual(r.push('late'), false);
}

{
  // A chunk of the wrong type in byte mode; the stream is destroyed with the error.
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message,
                       'The "chunk" argument must be of type string or an instance of Buffer, ' +
                       'TypedArray, or DataView. Received type number (42)');
  }));
  r.on('close', common.mustCall(() => assert.strictEqual(r.destroyed, true)));
  assert.strictEqual(r.push(42), false);
}

{
  // unshift() after 'end'.
  const r = new Readable({ objectMode: true, read() {} });
  r.push(null);
  r.resume();
  r.on('end', common.mustCall(() => {
    r.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT');
      assert.strictEqual(err.message, 'stream.unshift() after end event');
    }));
    assert.strictEqual(r.unshift('x'), false);
  }));
}

{
  // push() answers whether more is welcome: below the mark, or nothing queued.
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  assert.strictEqual(r.push(1), true);
  assert.strictEqual(r.push(2), false);
  assert.strictEqual(r.push(3), false);
  assert.strictEqual(r.readableLength, 3);
  const zero = new Readable({ objectMode: true, highWaterMark: 0, read() {} });
  assert.strictEqual(zero.push(1), false);
  // After the end, and after destroy(), pushes are refused.
  assert.strictEqual(r.push(null), false);
  const destroyed = new Readable({ objectMode: true, read() {} });
  destroyed.destroy();
  assert.strictEqual(destroyed.push(1), false);
  assert.strictEqual(destroyed.readableLength, 0);
}

{
  // push(undefined) in object mode is a chunk; push() returns after an errored stream: false.
  const r = new Readable({ objectMode: true, read() {} });
  r.push(undefined);
  assert.strictEqual(r.readableLength, 1);
  assert.strictEqual(r.read(), undefined);
}

{
  // unshift() puts chunks back at the front, in object mode one per call.
  const r = new Readable({ objectMode: true, read() {} });
  r.push('b');
  r.push('c');
  assert.strictEqual(r.read(), 'b');
  r.unshift('b');
  r.unshift('a');
  assert.deepStrictEqual([r.read(), r.read(), r.read()], ['a', 'b', 'c']);
  assert.strictEqual(r.unshift(null), false);
  assert.strictEqual(r.readableEnded, false);
  r.on('end', common.mustCall());
  r.resume();
}

{
  // _read() that throws destroys the stream with the error.
  const r = new Readable({ read() { throw new Error('read failed'); } });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'read failed')));
  r.resume();
}

{
  // No _read() at all.
  const r = new Readable();
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
  }));
  r.read();
}
