'use strict';
// spawn() options: cwd, env, argv0, shell (true and a path), stdio 'ignore'/'inherit'/fds,
// detached, and the ref/unref of the process handle.
const common = require('../common');
const assert = require('assert');
const os = require('os');
const { spawn } = require('child_process');

function output(child, callback) {
  let text = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => { text += chunk; });
  child.on('close', common.mustCall((code, signal) => callback(text, code, signal)));
}

output(spawn('pwd', { cwd: os.tmpdir() }), (text) => {
  assert.strictEqual(text.trim(), require('fs').realpathSync(os.tmpdir()));
});

output(spawn('/bin/sh', ['-c', 'echo "$LODE_TEST_VAR:$HOME"'], { env: { LODE_TEST_VAR: 'yes' } }),
       (text) => assert.strictEqual(text, 'yes:\n'));

output(spawn('/bin/sh', ['-c', 'echo $0'], { argv0: 'renamed' }), (text) => {
  assert.strictEqual(text, 'renamed\n');
});

const shell = spawn('echo $((6 * 7)) | cat', { shell: true });
assert.strictEqual(shell.spawnfile, '/bin/sh');
assert.deepStrictEqual(shell.spawnargs, ['/bin/sh', '-c', 'echo $((6 * 7)) | cat']);
output(shell, (text) => assert.strictEqual(text, '42\n'));

output(spawn('echo', ['$HOME'], { shell: '/bin/sh', env: { HOME: '/nowhere' } }),
       (text) => assert.strictEqual(text, '/nowhere\n'));

const ignored = spawn('echo', ['x'], { stdio: 'ignore' });
assert.strictEqual(ignored.stdin, null);
assert.strictEqual(ignored.stdout, null);
assert.strictEqual(ignored.stderr, null);
assert.deepStrictEqual(ignored.stdio, [null, null, null]);
ignored.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));

// stdout into our stderr's descriptor; stdin from a pipe; a fourth descriptor as a pipe.
const mixed = spawn('/bin/sh', ['-c', 'cat; echo fd3 >&3'], { stdio: ['pipe', 2, 'inherit', 'pipe'] });
assert.strictEqual(mixed.stdout, null);
assert.strictEqual(mixed.stderr, null);
assert.strictEqual(mixed.stdio.length, 4);
let fd3 = '';
mixed.stdio[3].on('data', (chunk) => { fd3 += chunk; });
mixed.stdin.end('');
mixed.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(fd3, 'fd3\n');
}));

const detached = spawn('/bin/sh', ['-c', 'echo $$'], { detached: true });
output(detached, (text) => assert.strictEqual(Number(text), detached.pid));

// An unref'd child does not keep the loop alive; the rest of this test ends anyway.
const sleeper = spawn('sleep', ['30'], { stdio: 'ignore' });
sleeper.unref();
sleeper.ref();
sleeper.unref();
process.on('exit', () => sleeper.kill('SIGKILL'));

assert.throws(() => spawn('echo', { stdio: 'bogus' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', { stdio: ['pipe', {}] }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', { stdio: ['pipe', 'bogus'] }), {
  code: 'ERR_INVALID_SYNC_FORK_INPUT',
  message: "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: 'bogus'",
});
assert.throws(() => spawn('echo', { cwd: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawn('echo', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
