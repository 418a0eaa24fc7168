'use strict';
// getPriority/setPriority: argument checks, the one-argument form, and SystemError on failure.
require('../common');
const assert = require('assert');
const os = require('os');

const current = os.getPriority();
assert.strictEqual(typeof current, 'number');
assert.strictEqual(os.getPriority(0), current);
assert.strictEqual(os.getPriority(undefined), current);
assert.strictEqual(os.getPriority(process.pid), current);

// Lowering our own priority (raising the nice value) is always allowed.
const lower = Math.min(current + 1, 19);
os.setPriority(lower);
assert.strictEqual(os.getPriority(), lower);
os.setPriority(process.pid, 19);
assert.strictEqual(os.getPriority(), 19);

for (const bad of ['1', null, {}, true, 1n]) {
  assert.throws(() => os.getPriority(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => os.setPriority(bad, 0), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  assert.throws(() => os.setPriority(0, bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => os.getPriority(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => os.setPriority(2 ** 31, 0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be >= -2147483648 && <= 2147483647. ' +
           'Received 2147483648',
});
assert.throws(() => os.setPriority(0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20',
});
// With one argument the value is the priority.
assert.throws(() => os.setPriority(-100), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received -100',
});

// No process has this pid: libuv reports ESRCH, wrapped in node's SystemError.
const missingPid = 2 ** 31 - 1;
for (const [call, syscall] of [[() => os.getPriority(missingPid), 'uv_os_getpriority'],
                               [() => os.setPriority(missingPid, 0), 'uv_os_setpriority']]) {
  let caught;
  try {
    call();
  } catch (error) {
    caught = error;
  }
  assert.ok(caught instanceof Error);
  assert.strictEqual(caught.name, 'SystemError');
  assert.strictEqual(caught.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(caught.message,
                     `A system error occurred: ${syscall} returned ESRCH (no such process)`);
  assert.strictEqual(caught.toString(), `SystemError [ERR_SYSTEM_ERROR]: ${caught.message}`);
  assert.ok(caught.stack.startsWith(`SystemError [ERR_SYSTEM_ERROR]: ${caught.message}\n`));
  assert.deepStrictEqual(caught.info, {
    errno: -os.constants.errno.ESRCH, code: 'ESRCH', message: 'no such process', syscall,
  });
  assert.strictEqual(caught.errno, -os.constants.errno.ESRCH);
  assert.strictEqual(caught.syscall, syscall);
  assert.deepStrictEqual(Object.keys(caught), ['code', 'info', 'errno', 'syscall']);
  // errno and syscall read and write through to info.
  caught.errno = 5;
  caught.syscall = 'other';
  assert.strictEqual(caught.info.errno, 5);
  assert.strictEqual(caught.info.syscall, 'other');
  const descriptor = Object.getOwnPropertyDescriptor(caught, 'info');
  assert.strictEqual(descriptor.writable, false);
}
