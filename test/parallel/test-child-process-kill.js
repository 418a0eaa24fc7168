'use strict';
// kill(): the default SIGTERM, names and numbers, 'exit' with the signal's name, and
// an unknown signal throws ERR_UNKNOWN_SIGNAL.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const child = spawn('sleep', ['10']);
assert.throws(() => child.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL', name: 'TypeError' });
assert.throws(() => child.kill(9999), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.strictEqual(child.kill(0), true);  // only asks whether it is there
assert.strictEqual(child.killed, true);
child.on('spawn', common.mustCall(() => {
  assert.strictEqual(child.kill(), true);
  assert.strictEqual(child.killed, true);
}));
child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGTERM');
  assert.strictEqual(child.signalCode, 'SIGTERM');
  assert.strictEqual(child.exitCode, null);
  // Gone: nothing more to kill.
  assert.strictEqual(child.kill(), false);
}));

const second = spawn('sleep', ['10']);
second.kill('SIGKILL');
second.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
}));

const third = spawn('sleep', ['10']);
third.kill(2);
third.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGINT')));
