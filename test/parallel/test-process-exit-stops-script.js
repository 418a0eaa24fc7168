'use strict';
// process.exit() ends the process at once: the rest of the script, queued ticks and
// microtasks, and 'beforeExit' never run; 'exit' listeners run with the given code.
const common = require('../common');
const assert = require('assert');

let exitListenerRan = false;
process.on('exit', (code) => {
  exitListenerRan = true;
  assert.strictEqual(code, 0);
  assert.strictEqual(process.exitCode, 0);
});
process.on('beforeExit', common.mustNotCall('beforeExit is not emitted on explicit exit'));
process.nextTick(common.mustNotCall('queued ticks do not run'));
Promise.resolve().then(common.mustNotCall('queued microtasks do not run'));
assert.strictEqual(exitListenerRan, false);
process.exit(0);
throw new Error('the script must not go on after process.exit()');
