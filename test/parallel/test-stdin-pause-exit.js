'use strict';
// An untouched process.stdin, or one paused after reading, does not keep the process alive
// while the pipe stays open.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function runWithOpenStdin(script) {
  const started = Date.now();
  // A background writer keeps the pipe open for 6 s after the first line.
  const child = spawnSync('sh', ['-c', '{ echo first; sleep 6 > /dev/null 2>&1 & } | "$0" -e "$1"',
                                 process.execPath, script], { encoding: 'utf8', timeout: 5000 });
  return { ...child, elapsed: Date.now() - started };
}

const untouched = runWithOpenStdin('process.stdin; console.log("done")');
assert.strictEqual(untouched.status, 0, untouched.stderr);
assert.strictEqual(untouched.stdout, 'done\n');
assert.ok(untouched.elapsed < 4000);

const paused = runWithOpenStdin(`
  process.stdin.once('data', (chunk) => {
    console.log('read ' + chunk.toString().trim());
    process.stdin.pause();
  });
`);
assert.strictEqual(paused.status, 0, paused.stderr);
assert.strictEqual(paused.stdout, 'read first\n');
assert.ok(paused.elapsed < 4000);
