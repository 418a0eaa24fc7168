'use strict';
// fs.watchFile / unwatchFile (stat polling): 'change' with (current, previous) Stats, a
// missing file as zeroed stats, one StatWatcher shared by a path's listeners, 'stop',
// bigint stats, and argument checks.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('polled');

const seen = [];
const listener = common.mustCallAtLeast((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  seen.push([curr.size, prev.size, curr.ino !== 0, prev.ino !== 0]);
}, 3);
const watcher = fs.watchFile(file, { interval: 20 }, listener);
assert.strictEqual(watcher.constructor.name, 'StatWatcher');
assert.deepStrictEqual(Object.keys(watcher), ['_events', '_eventsCount', '_maxListeners', '_handle']);
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(watcher)).sort(),
                       ['constructor', 'ref', 'start', 'stop', 'unref']);
// The same path (even spelled differently) shares the watcher.
const second = common.mustCallAtLeast(() => {}, 1);
assert.strictEqual(fs.watchFile(path.relative(process.cwd(), file), { interval: 20 }, second), watcher);

const bigintWatcher = fs.watchFile(tmpdir.resolve('other'), { interval: 20, bigint: true }, common.mustCallAtLeast((curr, prev) => {
  assert.strictEqual(typeof curr.size, 'bigint');
  assert.strictEqual(typeof prev.atimeNs, 'bigint');
  fs.unwatchFile(tmpdir.resolve('other'));
}));
assert.notStrictEqual(bigintWatcher, watcher);
setTimeout(() => fs.writeFileSync(tmpdir.resolve('other'), 'x'), 50);

const steps = [
  () => fs.writeFileSync(file, 'abc'),
  () => fs.writeFileSync(file, 'abcdef'),
  () => fs.unlinkSync(file),
];
let step = 0;
const timer = setInterval(() => {
  if (step < steps.length) {
    steps[step++]();
    return;
  }
  clearInterval(timer);
  // First the missing file (zeroed stats), then created, grown, removed.
  assert.deepStrictEqual(seen, [
    [0, 0, false, false],
    [3, 0, true, false],
    [6, 3, true, true],
    [0, 6, false, true],
  ]);
  fs.unwatchFile(file, second);  // one listener off: still watching
  assert.strictEqual(watcher.listenerCount('change'), 1);
  watcher.on('stop', common.mustCall());
  fs.unwatchFile(file);  // all of them: stopped
  assert.strictEqual(watcher.listenerCount('change'), 0);
  assert.strictEqual(watcher._handle, null);
  fs.unwatchFile(file);  // nothing left: no-op
  fs.unwatchFile(tmpdir.resolve('never-watched'));
}, 150);

// Checks.
assert.throws(() => fs.watchFile(file), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "listener" argument must be of type function. Received undefined',
});
assert.throws(() => fs.watchFile(file, 5, () => {}), {
  message: 'The "listener" argument must be of type function. Received type number (5)',
});
assert.throws(() => fs.watchFile(tmpdir.resolve('x'), { interval: 'x' }, () => {}), {
  message: 'The "interval" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => fs.watchFile(5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.unwatchFile(5), { code: 'ERR_INVALID_ARG_TYPE' });

// A watcher that is not persistent does not keep the process alive.
const { spawnSync } = require('child_process');
const child = spawnSync(process.execPath, ['-e',
  `require('fs').watchFile(${JSON.stringify(file)}, { persistent: false }, () => {})`], { timeout: 10000 });
assert.strictEqual(child.status, 0);
