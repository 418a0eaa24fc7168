'use strict';
// spawn()'s timeout (with killSignal) and AbortSignal: the child is killed; an abort also
// emits an AbortError.
const common = require('../common');
const assert = require('assert');
const { spawn } = require('child_process');

const timed = spawn('sleep', ['30'], { timeout: 50, killSignal: 'SIGINT' });
timed.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGINT');
  assert.strictEqual(timed.killed, true);
}));

const controller = new AbortController();
const aborted = spawn('sleep', ['30'], { signal: controller.signal });
aborted.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'stop');
}));
aborted.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
aborted.on('spawn', common.mustCall(() => controller.abort('stop')));

const early = spawn('sleep', ['30'], { signal: AbortSignal.abort(), killSignal: 9 });
early.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
early.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));

assert.throws(() => spawn('echo', { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawn('echo', { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
