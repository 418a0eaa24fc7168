'use strict';
// --warn-blocked=ms: a callback that holds the loop too long is reported once, with its
// JavaScript stack; short callbacks are not.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const program = `
function spin(ms) { const end = Date.now() + ms; while (Date.now() < end); }
function slowTimer() { spin(300); }
setTimeout(slowTimer, 1);
setTimeout(function quickTimer() { spin(1); }, 2);
`;
const r = spawnSync(process.execPath, ['--warn-blocked=100', '-e', program], { encoding: 'utf8' });
assert.strictEqual(r.status, 0, r.stderr);
const warnings = r.stderr.split('\n').filter((line) => line.includes('Warning: the event loop has been blocked'));
assert.strictEqual(warnings.length, 1, r.stderr);
assert.match(warnings[0], /^\(lode:\d+\) Warning: the event loop has been blocked for \d+ ms \(limit 100 ms\) by this callback:$/);
assert.match(r.stderr, /\n {4}at spin \(\[eval\]:\d+:\d+\)\n {4}at slowTimer \(\[eval\]:\d+:\d+\)\n/);
assert.doesNotMatch(r.stderr, /quickTimer/);

// The main script counts as a macrotask too; two blocking episodes give two reports.
const two = spawnSync(process.execPath, ['--warn-blocked=50', '-e',
  'function spin(ms) { const end = Date.now() + ms; while (Date.now() < end); } spin(200); setTimeout(() => spin(200), 1);'],
{ encoding: 'utf8' });
assert.strictEqual(two.stderr.match(/Warning: the event loop has been blocked/g).length, 2, two.stderr);

// Nothing blocks: nothing is printed.
const quiet = spawnSync(process.execPath, ['--warn-blocked=100', '-e', 'setTimeout(() => {}, 10)'], { encoding: 'utf8' });
assert.strictEqual(quiet.stderr, '');
