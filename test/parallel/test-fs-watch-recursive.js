'use strict';
// fs.watch(dir, { recursive: true }): names relative to the root; a directory created (even
// with files made right after it) is watched and everything in it reported once; moved and
// removed directories are followed; nothing before the watch started is reported.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.resolve('root');
fs.mkdirSync(`${root}/old/deep`, { recursive: true });
fs.writeFileSync(`${root}/old/deep/existing`, '');

const events = [];
const watcher = fs.watch(root, { recursive: true });
watcher.on('change', (eventType, filename) => events.push(`${eventType} ${filename}`));
assert.strictEqual(watcher.constructor.name, 'FSWatcher');
assert.deepStrictEqual(Object.keys(watcher), ['_events', '_eventsCount', '_maxListeners']);

const count = (event, list = events) => list.filter((e) => e === event).length;
const created = [];
let beforeMove;
const steps = [
  // A tree made in one go: every level and file must be reported, each once.
  () => {
    fs.mkdirSync(`${root}/a/b/c`, { recursive: true });
    for (let i = 0; i < 20; i++) {
      const name = path.join('a/b/c', `f${i}`);
      fs.writeFileSync(`${root}/${name}`, `${i}`);
      created.push(name);
    }
  },
  () => fs.writeFileSync(`${root}/a/b/c/f0`, 'modified'),
  () => fs.writeFileSync(`${root}/old/deep/existing`, 'modified'),
  () => {
    beforeMove = events.slice();
    fs.renameSync(`${root}/a`, `${root}/moved`);
  },
  () => fs.writeFileSync(`${root}/moved/b/late`, ''),
  () => fs.rmSync(`${root}/old`, { recursive: true }),
];
let step = 0;
const timer = setInterval(common.mustCallAtLeast(() => {
  if (step < steps.length) {
    steps[step++]();
    return;
  }
  clearInterval(timer);
  for (const name of ['a', 'a/b', 'a/b/c', ...created]) {
    assert.strictEqual(count(`rename ${name}`, beforeMove), 1, `rename ${name} in ${beforeMove}`);
  }
  assert.ok(count('change a/b/c/f0') >= 1, events);
  assert.ok(count('change old/deep/existing') >= 1, events);
  assert.strictEqual(count('rename old/deep/existing'), 1, events);  // removed, not created
  assert.ok(count('rename moved') >= 1, events);
  assert.ok(count('rename moved/b/late') >= 1, events);  // the moved tree is still watched
  assert.ok(count('rename old') >= 1, events);
  assert.ok(events.every((event) => !event.includes(root)), 'names are relative');
  watcher.on('close', common.mustCall());
  watcher.close();
}, steps.length + 1), 80);

assert.throws(() => fs.watch(tmpdir.resolve('missing'), { recursive: true }), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
  assert.strictEqual(err.filename, tmpdir.resolve('missing'));
  return true;
});

