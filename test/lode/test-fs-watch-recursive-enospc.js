'use strict';
// lode's recursive fs.watch on Linux needs one inotify watch per directory; when the tree
// needs more than the limit allows, starting fails with an ENOSPC error that names the
// limit (node 20 stops watching silently). The limit is lowered inside a user namespace of
// a child process; skipped where unprivileged namespaces are refused.
require('../common');
const assert = require('assert');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

if (process.argv[2] === 'child') {
  tmpdir.refresh();
  for (let i = 0; i < 30; i++) fs.mkdirSync(tmpdir.resolve(`a/d${i}`), { recursive: true });
  let error;
  try {
    fs.watch(tmpdir.resolve('a'), { recursive: true }).close();
  } catch (err) {
    error = err;
  }
  process.stdout.write(JSON.stringify({ message: error?.message, code: error?.code }));
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
assert.strictEqual(result.code, 'ENOSPC');
assert.match(result.message, /^ENOSPC: System limit for number of file watchers reached, watch '/);
