'use strict';
// Garbage in every argument position of the process methods that are safe to call: the
// same errors as node. What a call could change (umask, cwd, the capture callback) is put
// back after it; exit, abort, the credential setters and dlopen are never called, and kill
// only gets garbage that cannot turn into a process id, or a pid no process can have.
require('../common');
const assert = require('assert');
const badInput = require('../common/bad-input');

const noPid = 2 ** 31 - 1;  // above any pid_max, so never a process
// Garbage that node's `pid != (pid | 0)` check lets through as 0, 1 or -1: this process's
// group, init, or every process.
const couldBePid = ['true', '-1', '-0', 'empty string', 'array', 'proxy', 'detached view'];

function umaskAndRestore(...args) {
  const previous = process.umask(...args);
  process.umask(previous);
  return previous;
}

function chdirAndRestore(...args) {
  const cwd = process.cwd();
  try {
    return process.chdir(...args);
  } finally {
    process.chdir(cwd);
  }
}

function setCaptureCallbackAndReset(...args) {
  try {
    return process.setUncaughtExceptionCaptureCallback(...args);
  } finally {
    if (process.hasUncaughtExceptionCaptureCallback()) process.setUncaughtExceptionCaptureCallback(null);
  }
}

const targets = {
  'process.hrtime': [process, process.hrtime, { args: [[1, 2]] }],
  'process.hrtime.bigint': [process.hrtime, process.hrtime.bigint],
  'process.cpuUsage': [process, process.cpuUsage, { args: [] }],
  'process.memoryUsage': [process, process.memoryUsage],
  'process.memoryUsage.rss': [process.memoryUsage, process.memoryUsage.rss],
  'process.resourceUsage': [process, process.resourceUsage],
  'process.uptime': [process, process.uptime],
  'process.cwd': [process, process.cwd],
  'process.constrainedMemory': [process, process.constrainedMemory],
  'process.getActiveResourcesInfo': [process, process.getActiveResourcesInfo],
  'process.hasUncaughtExceptionCaptureCallback': [process, process.hasUncaughtExceptionCaptureCallback],
  'process.emitWarning': [process, process.emitWarning, { args: ['x', 'LodeBadInputWarning', 'CODE'] }],
  'process.nextTick': [process, process.nextTick, { args: [() => {}, 1] }],
  // node 20 aborts in its binding on umask(-0); lode takes it as 0 (checked below).
  'process.umask': [undefined, umaskAndRestore, { args: [], skip: ['no arguments', '-0'] }],
  'process.chdir': [undefined, chdirAndRestore, { args: [] }],
  'process.setUncaughtExceptionCaptureCallback': [undefined, setCaptureCallbackAndReset, { args: [] }],
  'process.kill': [process, process.kill, { args: [], skip: [...couldBePid, 'no arguments'] }],
  'process.kill/signal': [undefined, (signal) => process.kill(noPid, signal), { args: [] }],
};
for (const name of Object.keys(targets)) {
  // Functions this runtime lacks are left out here, and the comparison skips them.
  if (typeof targets[name][1] !== 'function') delete targets[name];
}

if (process.versions.lode) {
  const previous = process.umask(-0);
  assert.strictEqual(process.umask(previous), 0);
}

badInput.check(__filename, targets);
