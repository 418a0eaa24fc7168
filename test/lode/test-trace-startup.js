'use strict';
// --trace-startup prints the four startup steps, in order, each with a duration in ms.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const r = spawnSync(process.execPath, ['--trace-startup', '-e', 'console.log("user code")'], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'user code\n');
const lines = r.stderr.trim().split('\n');
assert.strictEqual(lines.length, 4, r.stderr);
const names = [
  'C++ bindings registered',
  'environment bound to the context',
  'loaders and bootstrap',
  'user code and event loop',
];
lines.forEach((line, i) => {
  const match = /^\[lode startup\] step (\d): (.+?)\s+(\d+\.\d{3}) ms$/.exec(line);
  assert.ok(match, line);
  assert.strictEqual(Number(match[1]), i + 1);
  assert.strictEqual(match[2], names[i]);
  assert.ok(Number(match[3]) >= 0);
});

// process.exit() still closes step 4.
const exited = spawnSync(process.execPath, ['--trace-startup', '-e', 'process.exit(3)'], { encoding: 'utf8' });
assert.strictEqual(exited.status, 3);
assert.match(exited.stderr, /step 4: user code and event loop/);

// Without the flag nothing is printed.
const quiet = spawnSync(process.execPath, ['-e', '0'], { encoding: 'utf8' });
assert.strictEqual(quiet.stderr, '');
