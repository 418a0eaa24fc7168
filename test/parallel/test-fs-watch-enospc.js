'use strict';
// When inotify's watch limit is reached, fs.watch throws ENOSPC saying so (not "no space
// left on device"). The limit is lowered inside a user namespace of a child process, so
// nothing else on the machine notices; skipped where unprivileged namespaces are refused.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

if (process.argv[2] === 'child') {
  tmpdir.refresh();
  const dirs = [];
  for (let i = 0; i < 30; i++) {
    dirs.push(tmpdir.resolve(`d${i}`));
    fs.mkdirSync(dirs[i]);
  }
  const watchers = [];
  let error;
  try {
    for (const dir of dirs) watchers.push(fs.watch(dir));
  } catch (err) {
    error = err;
  }
  for (const watcher of watchers) watcher.close();
  process.stdout.write(JSON.stringify({
    count: watchers.length, message: error?.message, code: error?.code, errno: error?.errno,
    syscall: error?.syscall, filename: error?.filename, keys: error && Object.keys(error),
  }));
  return;
}

const probe = spawnSync('unshare', ['-U', '-r', 'sh', '-c', 'echo 10 > /proc/sys/user/max_inotify_watches']);
if (probe.error || probe.status !== 0) {
  console.log('1..0 # Skipped: no user namespaces to lower the inotify limit in');
  return;
}
const child = spawnSync('unshare', ['-U', '-r', 'sh', '-c',
  `echo 10 > /proc/sys/user/max_inotify_watches && exec "${process.execPath}" "${__filename}" child`],
                        { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const result = JSON.parse(child.stdout);
assert.strictEqual(result.count, 10);
assert.strictEqual(result.code, 'ENOSPC');
assert.strictEqual(result.errno, -28);
assert.strictEqual(result.syscall, 'watch');
assert.match(result.message, /^ENOSPC: System limit for number of file watchers reached, watch '.*d10'$/);
assert.match(result.filename, /d10$/);
assert.deepStrictEqual(result.keys, ['errno', 'syscall', 'code', 'path', 'filename']);
