'use strict';
// process.kill(): signal 0 probes a process; pids and signals are checked as node does,
// and system errors carry the errno.
require('../common');
const assert = require('assert');

assert.strictEqual(process.kill(process.pid, 0), true);
assert.strictEqual(process.kill(`${process.pid}`, 0), true);  // numeric strings are pids
// SIGCHLD is ignored by default, so sending it to ourselves is harmless.
assert.strictEqual(process.kill(process.pid, 'SIGCHLD'), true);

for (const [pid, received] of [
  ['abc', "Received type string ('abc')"],
  [1.5, 'Received type number (1.5)'],
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [NaN, 'Received type number (NaN)'],
  [{}, 'Received an instance of Object'],
]) {
  assert.throws(() => process.kill(pid, 0), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "pid" argument must be of type number. ${received}`,
  });
}

// Only names of signals and int32 numbers are signals.
for (const [signal, shown] of [
  ['SIGNOPE', 'SIGNOPE'],
  ['sigterm', 'sigterm'],
  ['0', '0'],
  ['toString', 'toString'],
  [1.5, '1.5'],
  [{}, '{}'],
]) {
  assert.throws(() => process.kill(process.pid, signal), {
    code: 'ERR_UNKNOWN_SIGNAL',
    name: 'TypeError',
    message: `Unknown signal: ${shown}`,
  });
}

// The system rejects a number that is no signal.
for (const signal of [-1, 1000]) {
  assert.throws(() => process.kill(process.pid, signal), (err) => {
    assert.strictEqual(err.message, 'kill EINVAL');
    assert.deepStrictEqual(Object.entries(err),
                           [['errno', -22], ['code', 'EINVAL'], ['syscall', 'kill']]);
    return true;
  });
}
// A pid that does not exist.
assert.throws(() => process.kill(2 ** 31 - 2, 0), {
  message: 'kill ESRCH', code: 'ESRCH', errno: -3, syscall: 'kill',
});
