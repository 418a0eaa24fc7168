'use strict';
// lode puts stdout and stderr pipes in blocking mode, so a large write followed at once by
// process.exit() reaches the reader whole (node 20 loses what did not fit in the pipe).
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const size = 4 * 1024 * 1024;
const child = spawnSync('sh', ['-c', '"$0" -e "$1" | wc -c', process.execPath, `
  const returned = process.stdout.write('x'.repeat(${size}));
  process.stdout.write('\\n');
  process.stderr.write(String(returned));
  process.exit(0);
`], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.strictEqual(child.stdout.trim(), String(size + 1));
// The write completed synchronously, so there was no backpressure to report.
assert.strictEqual(child.stderr, 'true');
