'use strict';
// process.getuid() and friends report the process's ids; the setters validate like node,
// name unknown users and groups, throw node's `EPERM, Operation not permitted` errors, and
// are unsupported in workers.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { Worker } = require('worker_threads');

for (const name of ['getuid', 'geteuid', 'getgid', 'getegid']) {
  const id = process[name]();
  assert.ok(Number.isInteger(id) && id >= 0, `${name}() = ${id}`);
}
const groups = process.getgroups();
assert.ok(Array.isArray(groups) && groups.every((id) => Number.isInteger(id) && id >= 0));
assert.ok(groups.includes(process.getegid()));

assert.throws(() => process.setuid(-1), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => process.setgid({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be one of type number or string. Received an instance of Object',
});
assert.throws(() => process.seteuid('no-such-user-lode-test'), {
  code: 'ERR_UNKNOWN_CREDENTIAL', message: 'User identifier does not exist: no-such-user-lode-test',
});
assert.throws(() => process.setegid('no-such-group-lode-test'), {
  code: 'ERR_UNKNOWN_CREDENTIAL', message: 'Group identifier does not exist: no-such-group-lode-test',
});
assert.throws(() => process.setgroups('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => process.setgroups([0, 1.5]), { code: 'ERR_OUT_OF_RANGE', message: /"groups\[1\]"/ });
assert.throws(() => process.setgroups([0, 'no-such-group-lode-test']), {
  code: 'ERR_UNKNOWN_CREDENTIAL', message: 'Group identifier does not exist: no-such-group-lode-test',
});
assert.throws(() => process.initgroups(0, 'no-such-group-lode-test'), { code: 'ERR_UNKNOWN_CREDENTIAL' });

// -0 is a uint32 (node's issue 32750), and the groups may come in any array JS accepts (a
// Proxy of one aborts node 20, so only lode is given that).
if (process.getuid() === 0) {
  process.setegid(-0);
  process.seteuid(-0);
  if (process.versions.lode) process.setgroups(new Proxy([0], {}));
  process.setgroups([0, 'root']);
  assert.strictEqual(process.geteuid(), 0);
}

// Dropping root and trying to take it back fails as node's does (only when running as root).
if (process.getuid() === 0) {
  const child = spawnSync(process.execPath, ['-e', `
    process.setgid(65534);
    process.setuid(65534);
    try { process.setuid(0); } catch (e) {
      console.log(JSON.stringify([e.message, e.errno, e.code, e.syscall, process.getuid(), process.geteuid()]));
    }`], { encoding: 'utf8' });
  assert.strictEqual(child.status, 0, child.stderr);
  assert.deepStrictEqual(JSON.parse(child.stdout),
                         ['EPERM, Operation not permitted', 1, 'EPERM', 'setuid', 65534, 65534]);
}

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  const out = [typeof process.getuid()];
  for (const name of ['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups']) {
    try { process[name](0); } catch (e) { out.push(e.code + ' ' + e.message); }
  }
  parentPort.postMessage(out);
`, { eval: true });
worker.on('message', common.mustCall((out) => {
  assert.deepStrictEqual(out, ['number',
    ...['setuid', 'seteuid', 'setgid', 'setegid', 'setgroups', 'initgroups'].map(
      (name) => `ERR_WORKER_UNSUPPORTED_OPERATION process.${name}() is not supported in workers`)]);
}));
