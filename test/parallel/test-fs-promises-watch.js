'use strict';
// fs.promises.watch: an async generator of { eventType, filename } objects,
// ended by an AbortSignal (AbortError) or by return(); argument checks happen when
// iteration starts.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('dir');
fs.mkdirSync(dir);

(async () => {
  const controller = new AbortController();
  const iterator = fs.promises.watch(dir, { signal: controller.signal });
  assert.strictEqual(Object.prototype.toString.call(iterator), '[object AsyncGenerator]');
  setTimeout(() => fs.writeFileSync(`${dir}/x`, '1'), 30);
  const events = [];
  await assert.rejects(async () => {
    for await (const event of iterator) {
      assert.strictEqual(Object.getPrototypeOf(event), Object.prototype);
      assert.strictEqual(require('util').inspect(event), `{ eventType: '${event.eventType}', filename: 'x' }`);
      assert.deepStrictEqual(Object.keys(event), ['eventType', 'filename']);
      events.push(`${event.eventType} ${event.filename}`);
      if (event.eventType === 'rename') setTimeout(() => controller.abort(), 30);
    }
  }, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(events[0], 'rename x');

  // break (return()) ends it and closes the watcher.
  setTimeout(() => fs.writeFileSync(`${dir}/y`, '1'), 30);
  for await (const event of fs.promises.watch(dir)) {
    assert.strictEqual(event.filename, 'y');
    break;
  }

  // Recursive.
  fs.mkdirSync(`${dir}/sub`);
  setTimeout(() => fs.writeFileSync(`${dir}/sub/z`, '1'), 30);
  // (Events still queued for the directory from the writes above may come first.)
  for await (const event of fs.promises.watch(dir, { recursive: true })) {
    if (event.filename === 'sub/z') break;
  }

  await assert.rejects(fs.promises.watch(tmpdir.resolve('missing')).next(), {
    code: 'ENOENT', message: `ENOENT: no such file or directory, watch '${tmpdir.resolve('missing')}'`,
  });
  await assert.rejects(fs.promises.watch(dir, { signal: AbortSignal.abort() }).next(), { name: 'AbortError' });
  await assert.rejects(fs.promises.watch(dir, { persistent: 1 }).next(), {
    message: 'The "options.persistent" property must be of type boolean. Received type number (1)',
  });
  await assert.rejects(fs.promises.watch(dir, { recursive: 'x' }).next(), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.watch(dir, 5).next(), {
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
})().then(common.mustCall());
