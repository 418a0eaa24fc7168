'use strict';
// --abort-on-uncaught-exception: an exception caught by the capture callback does not abort;
// with no callback (or after it is removed) the process aborts.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const run = (code) => spawnSync(process.execPath, ['--abort-on-uncaught-exception', '-e', code], { encoding: 'utf8' });

const captured = run(`
  process.setUncaughtExceptionCaptureCallback((err) => process.stdout.write('captured ' + err.message));
  throw new Error('foo');
`);
assert.strictEqual(captured.status, 0, captured.stderr);
assert.strictEqual(captured.stdout, 'captured foo');

const aborted = run(`
  process.setUncaughtExceptionCaptureCallback(() => {});
  process.setUncaughtExceptionCaptureCallback(null);
  throw new Error('bar');
`);
assert.strictEqual(aborted.status, null);
assert.ok(['SIGABRT', 'SIGILL', 'SIGTRAP'].includes(aborted.signal), aborted.signal);
