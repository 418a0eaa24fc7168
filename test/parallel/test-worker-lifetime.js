'use strict';
// A running worker keeps its parent alive unless unref()'d; a parent that ends, or calls
// process.exit(), while workers run (busy, waiting or mid-message) ends cleanly.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  const result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 20000 });
  assert.strictEqual(result.signal, null, `${code}\n${result.stderr}`);
  return result;
}

const prelude = 'const { Worker } = require("worker_threads");';
for (const [code, status, stdout] of [
  // Kept alive until the worker is done.
  [`${prelude} new Worker('setTimeout(() => console.log("late"), 100)', { eval: true });`, 0, 'late\n'],
  // unref(): the parent does not wait.
  [`${prelude} new Worker('setInterval(() => {}, 1000)', { eval: true }).unref(); console.log('done')`, 0, 'done\n'],
  // ref() again after unref().
  [`${prelude} const w = new Worker('setTimeout(() => console.log("waited"), 50)', { eval: true }); w.unref(); w.ref();`, 0, 'waited\n'],
  // Exit while workers spin, wait on Atomics, or flood the parent with messages.
  [`${prelude} for (let i = 0; i < 4; i++) new Worker('while (true);', { eval: true });
    setTimeout(() => process.exit(5), 100);`, 5, ''],
  [`${prelude} new Worker('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)', { eval: true }).unref();
    setTimeout(() => {}, 50);`, 0, ''],
  [`${prelude} const w = new Worker('const { parentPort } = require("worker_threads"); for (;;) parentPort.postMessage({ big: "x".repeat(1000) });', { eval: true });
    w.once('message', () => setTimeout(() => process.exit(0), 20));`, 0, ''],
  [`${prelude} const w = new Worker('const { parentPort } = require("worker_threads"); for (;;) parentPort.postMessage(1);', { eval: true });
    w.once('message', () => w.unref());`, 0, ''],
  // An uncaught error in the parent while workers run.
  [`${prelude} new Worker('setInterval(() => {}, 1000)', { eval: true }); setTimeout(() => { throw new Error('parent fails'); }, 50);`, 1, ''],
]) {
  const result = run(code);
  assert.strictEqual(result.status, status, `${code}\n${result.stderr}`);
  assert.strictEqual(result.stdout, stdout, code);
}
