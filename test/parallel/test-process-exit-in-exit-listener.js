'use strict';
// Calling process.exit() inside an 'exit' listener sets the final exit code (this test would
// exit with 1 otherwise) and skips the remaining listeners.
const common = require('../common');
const assert = require('assert');

process.exitCode = 1;
process.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 1);
  process.exit(0);
}));
process.on('exit', common.mustNotCall('listeners after process.exit() in "exit" are skipped'));
