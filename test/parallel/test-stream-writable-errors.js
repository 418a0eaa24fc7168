'use strict';
// The errors writes report: thrown for bad arguments, passed to the callback and emitted for
// writes after end() or destroy().
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

function make(options) {
  return new Writable({ write(chunk, encoding, cb) { cb(); }, ...options });
}

assert.throws(() => make().write(null), {
  code: 'ERR_STREAM_NULL_VALUES',
  name: 'TypeError',
  message: 'May not write null values to stream',
});
assert.throws(() => make({ objectMode: true }).write(null), { code: 'ERR_STREAM_NULL_VALUES' });
assert.throws(() => make().write(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => make().write({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => make().write('x', 'no-such-encoding'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: no-such-encoding',
});
// Object mode takes anything but null, and does not look at the encoding.
make({ objectMode: true }).write(1, 'no-such-encoding');
assert.throws(() => make().setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => make({ defaultEncoding: 'nope' }), { code: 'ERR_UNKNOWN_ENCODING' });

{
  // Write after end: the callback and 'error' get ERR_STREAM_WRITE_AFTER_END.
  const w = make({ objectMode: true });
  w.end();
  const order = [];
  w.on('error', common.mustCall((err) => {
    order.push('error');
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
  w.on('close', common.mustCall(() => order.push('close')));
  assert.strictEqual(w.write('late', common.mustCall((err) => {
    order.push('cb');
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  })), false);
  process.on('exit', () => assert.deepStrictEqual(order, ['cb', 'error', 'close']));
}

{
  // Write after destroy: only the callback hears about it.
  const w = make({ objectMode: true });
  w.destroy();
  w.on('error', common.mustNotCall());
  assert.strictEqual(w.write('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call write after a stream was destroyed');
  })), false);
  // end() after destroy() never calls back (the stream is not errored, so end() proceeds,
  // and nothing will ever finish it).
  w.end(common.mustNotCall());
  assert.strictEqual(w.writableEnded, true);
}

{
  // end() on a destroyed stream that already ended reports ERR_STREAM_DESTROYED.
  const w = make({ objectMode: true });
  w.end();
  w.destroy();
  w.end(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    assert.strictEqual(err.message, 'Cannot call end after a stream was destroyed');
  }));
}

{
  // Calling the write callback twice.
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) {
      cb();
      cb();
    },
  });
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_MULTIPLE_CALLBACK');
    assert.strictEqual(err.message, 'Callback called multiple times');
  }));
  w.write('x');
}

{
  // A failing write fails the writes queued behind it, then 'error' and 'close'.
  const order = [];
  let fail;
  const w = new Writable({
    objectMode: true,
    write(chunk, encoding, cb) { fail = cb; },
  });
  w.write(1, (err) => order.push(`cb1 ${err.message}`));
  w.write(2, (err) => order.push(`cb2 ${err.message}`));
  w.end((err) => order.push(`end ${err.message}`));
  w.on('error', (err) => order.push(`error ${err.message}`));
  w.on('close', () => order.push(`close errored=${w.errored.message}`));
  w.on('finish', common.mustNotCall());
  setImmediate(() => fail(new Error('io')));
  process.on('exit', () => {
    assert.deepStrictEqual(order, [
      'cb1 io', 'cb2 io', 'end io', 'error io', 'close errored=io',
    ]);
  });
}

{
  // No _write and no _writev: write() throws.
  const w = new Writable();
  w.on('error', common.mustNotCall());
  assert.throws(() => w.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}

{
  // pipe() from a writable-only stream.
  const w = make();
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_CANNOT_PIPE');
    assert.strictEqual(err.message, 'Cannot pipe, not readable');
  }));
  w.pipe(make());
}
