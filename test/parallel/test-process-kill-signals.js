'use strict';
// process.kill(pid, signal) with names and numbers delivered to another process, signal 0 to
// test for existence, and the errors for unknown signals and missing processes.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('sleep', ['30']);
child.on('spawn', common.mustCall(() => {
  assert.strictEqual(process.kill(child.pid, 0), true);
  assert.strictEqual(process.kill(child.pid, 'SIGHUP'), true);
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(signal, 'SIGHUP');
  // Reaped: nobody has that pid now (almost surely).
  assert.throws(() => process.kill(child.pid, 0), { code: 'ESRCH', syscall: 'kill', errno: -3 });
}));

const second = spawn('sleep', ['30']);
second.on('spawn', common.mustCall(() => process.kill(second.pid, 9)));
second.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

assert.throws(() => process.kill(process.pid, 'SIGNOPE'),
              { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError', message: 'Unknown signal: SIGNOPE' });
assert.throws(() => process.kill('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
