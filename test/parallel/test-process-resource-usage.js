'use strict';
// process.resourceUsage(): getrusage(2) under node's names, all integers.
require('../common');
const assert = require('assert');

const usage = process.resourceUsage();
assert.deepStrictEqual(Object.keys(usage), [
  'userCPUTime',
  'systemCPUTime',
  'maxRSS',
  'sharedMemorySize',
  'unsharedDataSize',
  'unsharedStackSize',
  'minorPageFault',
  'majorPageFault',
  'swappedOut',
  'fsRead',
  'fsWrite',
  'ipcSent',
  'ipcReceived',
  'signalsCount',
  'voluntaryContextSwitches',
  'involuntaryContextSwitches',
]);
for (const [key, value] of Object.entries(usage)) {
  assert.ok(Number.isInteger(value) && value >= 0, `${key}: ${value}`);
}
assert.ok(usage.maxRSS > 0);

// CPU times agree with process.cpuUsage(), which reads the same counters.
const cpu = process.cpuUsage();
const later = process.resourceUsage();
assert.ok(later.userCPUTime >= usage.userCPUTime);
assert.ok(cpu.user <= later.userCPUTime);
assert.ok(cpu.system <= later.systemCPUTime);
