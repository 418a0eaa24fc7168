'use strict';
// exec() and execFile(): output as strings (or Buffers with encoding 'buffer'), errors with
// code, killed, signal and cmd, maxBuffer, timeout, and a missing program.
const common = require('../common');
const assert = require('assert');
const { exec, execFile } = require('child_process');

exec('echo out; echo err >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
}));

exec('echo bytes', { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'bytes\n');
  assert.ok(Buffer.isBuffer(stderr));
  assert.strictEqual(stderr.length, 0);
}));

exec('echo hex', { encoding: 'hex' }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, Buffer.from('hex\n').toString('hex'));
}));

exec('echo partial; echo bad >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo partial; echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo partial; echo bad >&2; exit 3');
  assert.strictEqual(stdout, 'partial\n');
  assert.strictEqual(stderr, 'bad\n');
}));

execFile('/bin/sh', ['-c', 'exit 1'], common.mustCall((err) => {
  assert.strictEqual(err.code, 1);
  assert.strictEqual(err.cmd, '/bin/sh -c exit 1');
}));

execFile('echo', ['a', 'b'], { encoding: 'utf8' }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, 'a b\n');
}));

execFile('echo', common.mustSucceed((stdout) => assert.strictEqual(stdout, '\n')));

exec('yes | head -c 100000', { maxBuffer: 10 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout, 'y\ny\ny\ny\ny\n');
}));

exec('echo 12345 >&2; sleep 5', { maxBuffer: 3 }, common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
  assert.strictEqual(stderr, '123');
}));

const slow = exec('sleep 5', { timeout: 50 }, common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.cmd, 'sleep 5');
  assert.strictEqual(stdout, '');
}));
assert.strictEqual(typeof slow.pid, 'number');

execFile('lode-no-such-program', ['q'], common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn lode-no-such-program');
  assert.strictEqual(err.cmd, 'lode-no-such-program q');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

// No callback at all is allowed.
exec('true').on('close', common.mustCall((code) => assert.strictEqual(code, 0)));

assert.throws(() => exec(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => execFile('echo', [], {}, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => exec('echo', { maxBuffer: -1 }), { code: 'ERR_OUT_OF_RANGE' });
