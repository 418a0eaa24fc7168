'use strict';
// stream/promises finished() and the argument checks of the callback form.
const common = require('../common');
const assert = require('assert');
const { finished, Readable, Writable } = require('stream');
const promises = require('stream/promises');
const { promisify } = require('util');

assert.strictEqual(require('stream').promises, promises);
assert.strictEqual(promisify(finished), promises.finished);
assert.strictEqual(promisify(require('stream').pipeline), promises.pipeline);
assert.deepStrictEqual(Object.keys(promises), ['finished', 'pipeline']);

assert.throws(() => finished({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or ' +
           'Stream. Received an instance of Object',
});
assert.throws(() => finished(new Readable(), 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new Readable(), 1, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => finished(new Readable(), { signal: 1 }, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: /^The "options\.signal" property must be an instance of AbortSignal/,
});

(async () => {
  const r = Readable.from(['a']);
  r.resume();
  assert.strictEqual(await promises.finished(r), undefined);

  const w = new Writable({ write(chunk, encoding, cb) { cb(new Error('nope')); } });
  w.on('error', () => {});
  w.write('x');
  await assert.rejects(promises.finished(w), { message: 'nope' });

  // cleanup: true removes the listeners once settled.
  const r2 = Readable.from(['b']);
  const count = r2.listenerCount('end');
  const done = promises.finished(r2, { cleanup: true });
  r2.resume();
  await done;
  assert.strictEqual(r2.listenerCount('end'), count);
})().then(common.mustCall());
