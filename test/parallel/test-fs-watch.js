'use strict';
// fs.watch on a directory and on a file (inotify): 'change'/'rename' events with names,
// encodings, close (and its 'close' event), signal, errors, and the FSWatcher object.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('watched');
fs.mkdirSync(dir);
const file = tmpdir.resolve('watched', 'file');
fs.writeFileSync(file, 'x');

const dirEvents = [];
const dirWatcher = fs.watch(dir, (eventType, filename) => dirEvents.push(`${eventType} ${filename}`));
assert.strictEqual(dirWatcher.constructor.name, 'FSWatcher');
assert.deepStrictEqual(Object.keys(dirWatcher), ['_events', '_eventsCount', '_maxListeners', '_handle']);
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(dirWatcher)).sort(),
                       ['close', 'constructor', 'ref', 'start', 'unref']);
assert.strictEqual(dirWatcher.ref(), dirWatcher);

const fileEvents = [];
const fileWatcher = fs.watch(file, { encoding: 'buffer' }, (eventType, filename) => {
  assert.ok(Buffer.isBuffer(filename));
  fileEvents.push(`${eventType} ${filename}`);
});

const hexEvents = [];
const hexWatcher = fs.watch(dir, 'hex', (eventType, filename) => hexEvents.push(filename));

const steps = [
  () => fs.writeFileSync(file, 'changed'),
  () => fs.writeFileSync(`${dir}/created`, ''),
  () => fs.renameSync(`${dir}/created`, `${dir}/renamed`),
  () => fs.unlinkSync(`${dir}/renamed`),
];
let step = 0;
const timer = setInterval(() => {
  if (step < steps.length) {
    steps[step++]();
    return;
  }
  clearInterval(timer);
  assert.ok(dirEvents.includes('change file'), dirEvents);
  assert.ok(dirEvents.includes('rename created'), dirEvents);
  assert.ok(dirEvents.includes('rename renamed'), dirEvents);
  assert.ok(dirEvents.every((event) => /^(change|rename) (file|created|renamed)$/.test(event)), dirEvents);
  assert.ok(fileEvents.includes('change file'), fileEvents);
  assert.ok(hexEvents.includes(Buffer.from('created').toString('hex')), hexEvents);
  dirWatcher.on('close', common.mustCall());
  dirWatcher.close();
  dirWatcher.close();  // once only
  assert.strictEqual(dirWatcher._handle, null);
  fileWatcher.close();
  hexWatcher.close();
}, 60);

// Errors: node's system error with the filename.
assert.throws(() => fs.watch(tmpdir.resolve('missing')), (err) => {
  assert.strictEqual(err.message, `ENOENT: no such file or directory, watch '${tmpdir.resolve('missing')}'`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path', 'filename']);
  assert.strictEqual(err.filename, tmpdir.resolve('missing'));
  return true;
});
assert.throws(() => fs.watch(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.watch(dir, 5), {
  message: 'The "options" argument must be one of type string or object. Received type number (5)',
});
assert.throws(() => fs.watch(dir, { recursive: 1 }), {
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.watch(dir, { encoding: 'bogus' }), {
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});

// A signal closes the watcher, even one aborted already.
fs.watch(dir, { signal: AbortSignal.abort() }).on('close', common.mustCall());
const controller = new AbortController();
fs.watch(dir, { signal: controller.signal }).on('close', common.mustCall());
controller.abort();

// A watcher that is not persistent (or unref'ed) does not keep the process alive: the
// child exits at once.
const { spawnSync } = require('child_process');
for (const code of [`require('fs').watch(${JSON.stringify(dir)}, { persistent: false })`,
  `require('fs').watch(${JSON.stringify(dir)}).unref()`]) {
  const child = spawnSync(process.execPath, ['-e', code], { timeout: 10000 });
  assert.strictEqual(child.status, 0);
}
