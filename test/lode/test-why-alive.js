'use strict';
// --why-alive[=ms]: lists what keeps the loop running and where each was created, once when
// the loop is still busy ms after the main script, and on SIGUSR2.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const script = path.join(__dirname, '..', 'fixtures', 'why-alive.js');
const r = spawnSync(process.execPath, ['--why-alive=100', script], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const lines = r.stderr.trim().split('\n');
assert.match(lines[0], /^\(lode:\d+\) why alive: 2 resources keep the event loop running:$/);
assert.strictEqual(lines[1], `  - Timeout (50 ms, repeating) created at ${script}:3:18`);
assert.strictEqual(lines[2], `  - Timeout (400 ms) created at ${script}:4:1`);
assert.strictEqual(lines.length, 3);

// On SIGUSR2, at any time.
const signalled = spawnSync(process.execPath, ['--why-alive', '-e',
  'setTimeout(() => {}, 300); setTimeout(() => process.kill(process.pid, "SIGUSR2"), 10);'], { encoding: 'utf8' });
assert.strictEqual(signalled.status, 0, signalled.stderr);
assert.match(signalled.stderr, /why alive: 1 resource keeps the event loop running:\n {2}- Timeout \(300 ms\) created at \[eval\]:1:1\n$/);

// A process that exits promptly prints nothing.
const quick = spawnSync(process.execPath, ['--why-alive=100', '-e', 'setTimeout(() => {}, 10)'], { encoding: 'utf8' });
assert.strictEqual(quick.stderr, '');
