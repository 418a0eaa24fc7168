'use strict';
// pid, ppid, platform and arch: what they are, and which of them can be overwritten.
require('../common');
const assert = require('assert');

assert.ok(Number.isInteger(process.pid) && process.pid > 0);
assert.ok(Number.isInteger(process.ppid) && process.ppid >= 0);
assert.notStrictEqual(process.ppid, process.pid);
assert.ok(['aix', 'darwin', 'freebsd', 'linux', 'openbsd', 'sunos', 'win32']
  .includes(process.platform));
assert.ok(['arm', 'arm64', 'ia32', 'loong64', 'mips', 'mipsel', 'ppc', 'ppc64', 'riscv64',
           's390', 's390x', 'x64'].includes(process.arch));

// pid, platform and arch are read-only (but configurable), as in node.
for (const name of ['pid', 'platform', 'arch']) {
  const descriptor = Object.getOwnPropertyDescriptor(process, name);
  assert.deepStrictEqual(descriptor, {
    value: process[name], writable: false, enumerable: true, configurable: true,
  });
  const before = process[name];
  assert.throws(() => { process[name] = 'changed'; }, TypeError);
  assert.strictEqual(process[name], before);
}
