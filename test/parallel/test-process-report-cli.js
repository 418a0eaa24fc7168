'use strict';
// The --report-* options: --report-uncaught-exception writes a report (compact, into
// --report-directory) when an exception goes unhandled, and --report-on-signal with
// --report-signal and --report-filename=stdout writes one when the signal comes.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const crashed = spawnSync(process.execPath, [
  '--report-uncaught-exception', `--report-directory=${tmpdir.path}`, '--report-compact',
  '-e', 'throw new Error("unhandled here")',
], { encoding: 'utf8' });
assert.strictEqual(crashed.status, 1);
const files = fs.readdirSync(tmpdir.path).filter((name) => name.endsWith('.json'));
assert.strictEqual(files.length, 1);
const text = fs.readFileSync(path.join(tmpdir.path, files[0]), 'utf8');
assert.strictEqual(text.trim().split('\n').length, 1);  // compact: one line
const written = JSON.parse(text);
assert.strictEqual(written.header.event, 'Exception');
assert.strictEqual(written.header.trigger, 'Exception');
assert.ok(text.includes('unhandled here'));

const signalled = spawnSync(process.execPath, [
  '--report-on-signal', '--report-signal=SIGUSR1', '--report-filename=stdout',
  '-e', 'setTimeout(() => {}, 500); process.kill(process.pid, "SIGUSR1")',
], { encoding: 'utf8' });
assert.strictEqual(signalled.status, 0);
const fromStdout = JSON.parse(signalled.stdout);
assert.strictEqual(fromStdout.header.event, 'SIGUSR1');
assert.strictEqual(fromStdout.header.trigger, 'Signal');
common.mustCall()();
