'use strict';
// stream.isReadable/isWritable/isErrored/isDisturbed/isDestroyed and stream.destroy().
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;
const EE = require('events');

{
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(stream.isReadable(r), true);
  assert.strictEqual(stream.isWritable(r), null);
  assert.strictEqual(stream.isDisturbed(r), false);
  assert.strictEqual(stream.isErrored(r), false);
  assert.strictEqual(stream.isDestroyed(r), false);
  r.push('x');
  r.read();
  assert.strictEqual(stream.isDisturbed(r), true);
  r.on('error', () => {});
  r.destroy(new Error('bad'));
  assert.strictEqual(stream.isReadable(r), false);
  assert.strictEqual(stream.isDestroyed(r), true);
  // Errored once the 'error' event went out.
  assert.strictEqual(stream.isErrored(r), false);
  r.on('close', common.mustCall(() => assert.strictEqual(stream.isErrored(r), true)));
}

{
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  assert.strictEqual(stream.isWritable(w), true);
  assert.strictEqual(stream.isReadable(w), null);
  w.end();
  assert.strictEqual(stream.isWritable(w), false);
}

{
  // A destroyed-before-reading stream counts as disturbed (aborted).
  const r = new Readable({ read() {} });
  r.destroy();
  assert.strictEqual(stream.isDisturbed(r), true);
  // Non-streams.
  assert.strictEqual(stream.isDestroyed({}), null);
  assert.strictEqual(stream.isReadable({}), null);
  assert.strictEqual(stream.isErrored(null), false);
}

{
  // stream.destroy() works on anything stream-like.
  const p = new PassThrough();
  p.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  stream.destroy(p);
  assert.strictEqual(p.destroyed, true);
  const closable = new EE();
  closable.write = () => {};
  closable.close = common.mustCall();
  stream.destroy(closable);
  const plain = new EE();
  plain.write = () => {};
  plain.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'gone')));
  stream.destroy(plain, new Error('gone'));
  assert.strictEqual(stream.isDestroyed(plain), true);
}
