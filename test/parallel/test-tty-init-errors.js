'use strict';
// tty streams refuse bad descriptors, and descriptors that are not terminals.
require('../common');
const assert = require('assert');
const tty = require('tty');
const { spawnSync } = require('child_process');

for (const fd of [-1, 1.5, 'x', 2 ** 31]) {
  assert.throws(() => new tty.WriteStream(fd), {
    code: 'ERR_INVALID_FD',
    name: 'RangeError',
    message: `"fd" must be a positive integer: ${fd}`,
  });
  assert.throws(() => new tty.ReadStream(fd), { code: 'ERR_INVALID_FD' });
}

// In a child whose stdout is /dev/null (not a terminal, pipe or socket), a WriteStream on it
// cannot start.
const script = `
  try {
    new (require('tty').WriteStream)(1);
  } catch (err) {
    console.error(JSON.stringify([err.code, err.message, err.info.code, err.info.syscall]));
  }
`;
const child = spawnSync('sh', ['-c', '"$0" -e "$1" > /dev/null', process.execPath, script], { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.deepStrictEqual(JSON.parse(child.stderr), [
  'ERR_TTY_INIT_FAILED',
  'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)',
  'EINVAL',
  'uv_tty_init',
]);
