'use strict';
// execArgv: the worker's process.execArgv, and the options it runs with; by default the
// parent's.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const report = `require('worker_threads').parentPort.postMessage({
  execArgv: process.execArgv,
  noDeprecation: process.noDeprecation,
})`;

new Worker(report, { eval: true, execArgv: ['--no-deprecation', '--trace-warnings'] })
  .on('message', common.mustCall((value) => {
    assert.deepStrictEqual(value, { execArgv: ['--no-deprecation', '--trace-warnings'], noDeprecation: true });
  }));

new Worker(report, { eval: true })
  .on('message', common.mustCall((value) => {
    assert.deepStrictEqual(value, { execArgv: process.execArgv, noDeprecation: undefined });
  }));

// A module preloaded with -r runs before the worker's script.
new Worker(`require('worker_threads').parentPort.postMessage(globalThis.preloaded)`, {
  eval: true,
  execArgv: ['--require', require('path').join(__dirname, '..', 'fixtures', 'worker', 'preload.js')],
}).on('message', common.mustCall((value) => assert.strictEqual(value, 'yes')));
