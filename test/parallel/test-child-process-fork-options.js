'use strict';
// fork() options: silent (stdout/stderr as pipes), stdio with 'ipc', execArgv, env, and the
// errors for a stdio list without 'ipc', a bad serialization and a bad modulePath. A process
// that was not forked has no send/connected.
const common = require('../common');
const assert = require('assert');
const { fork } = require('child_process');

if (process.argv[2] === 'child') {
  console.log(`out ${process.argv.slice(3).join(',')} ${process.env.LODE_FORK_TEST} ${process.connected}`);
  console.error('err');
  process.send({ execArgv: process.execArgv });
  return;
}

assert.strictEqual(process.send, undefined);
assert.strictEqual(process.connected, undefined);
assert.strictEqual(process.channel, undefined);

const silent = fork(__filename, ['child', 'a', 'b'], { silent: true, env: { ...process.env, LODE_FORK_TEST: 'yes' } });
assert.ok(silent.stdout && silent.stderr && silent.stdin);
let out = '';
let err = '';
silent.stdout.on('data', (chunk) => { out += chunk; });
silent.stderr.on('data', (chunk) => { err += chunk; });
silent.on('message', common.mustCall((message) => assert.deepStrictEqual(message, { execArgv: [] })));
silent.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(out, 'out a,b yes true\n');
  assert.strictEqual(err, 'err\n');
}));

const custom = fork(__filename, ['child'], { stdio: ['ignore', 'pipe', 'ignore', 'ipc'], execArgv: ['--no-warnings'] });
assert.strictEqual(custom.stdin, null);
assert.strictEqual(custom.stderr, null);
custom.stdout.resume();
custom.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message, { execArgv: ['--no-warnings'] });
}));
custom.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

assert.throws(() => fork(__filename, { stdio: ['pipe', 'pipe', 'pipe'] }), {
  code: 'ERR_CHILD_PROCESS_IPC_REQUIRED',
  message: "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
});
assert.throws(() => fork(__filename, { stdio: ['ipc', 'ipc', 'pipe'] }), { code: 'ERR_IPC_ONE_PIPE' });
assert.throws(() => fork(__filename, { serialization: 'xml' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fork(42), { code: 'ERR_INVALID_ARG_TYPE' });
