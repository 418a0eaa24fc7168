'use strict';
// A worker shares the process but does not own it: process.chdir(), process.abort() and
// setting the umask are refused; reading the umask, the pid and the cwd work.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const results = {};
  for (const [name, fn] of Object.entries({
    chdir: () => process.chdir('/'),
    abort: () => process.abort(),
    setUmask: () => process.umask(0o22),
  })) {
    try { fn(); results[name] = 'no error'; } catch (error) { results[name] = [error.name, error.code, error.message]; }
  }
  results.umask = typeof process.umask();
  results.pid = process.pid;
  results.cwd = process.cwd();
  results.ppid = process.ppid;
  require('worker_threads').parentPort.postMessage(results);
`, { eval: true });
worker.on('message', common.mustCall((results) => {
  assert.deepStrictEqual(results, {
    chdir: ['TypeError', 'ERR_WORKER_UNSUPPORTED_OPERATION', 'process.chdir() is not supported in workers'],
    abort: ['TypeError', 'ERR_WORKER_UNSUPPORTED_OPERATION', 'process.abort() is not supported in workers'],
    setUmask: ['TypeError', 'ERR_WORKER_UNSUPPORTED_OPERATION', 'Setting process.umask() is not supported in workers'],
    umask: 'number',
    pid: process.pid,
    cwd: process.cwd(),
    ppid: process.ppid,
  });
}));
