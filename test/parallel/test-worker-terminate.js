'use strict';
// terminate() stops a worker even in the middle of running JS, and resolves with the exit
// code once 'exit' has been emitted; on a worker that has ended it resolves to undefined.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const busy = new Worker(`
  require('worker_threads').parentPort.postMessage('spinning');
  process.on('exit', () => require('worker_threads').parentPort.postMessage('exit listener ran'));
  while (true);
`, { eval: true });
busy.on('message', common.mustCall(async (message) => {
  assert.strictEqual(message, 'spinning');
  const promise = busy.terminate();
  assert.ok(promise instanceof Promise);
  assert.strictEqual(await promise, 1);
  assert.strictEqual(busy.threadId, -1);
  assert.strictEqual(await busy.terminate(), undefined);
}));
busy.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

// Stuck in a loop inside a timer callback, or waiting on Atomics, it still stops.
for (const code of [
  'setTimeout(() => { require("worker_threads").parentPort.postMessage(1); for (;;) {} }, 1)',
  'const a = new Int32Array(new SharedArrayBuffer(4)); require("worker_threads").parentPort.postMessage(1); Atomics.wait(a, 0, 0);',
  'setInterval(() => {}, 1); require("worker_threads").parentPort.postMessage(1)',
]) {
  const worker = new Worker(code, { eval: true });
  worker.once('message', common.mustCall(() => {
    worker.terminate().then(common.mustCall((exitCode) => assert.strictEqual(exitCode, 1)));
  }));
}

// Terminated twice, or right away.
{
  const worker = new Worker('setInterval(() => {}, 1000)', { eval: true });
  const first = worker.terminate();
  const second = worker.terminate();
  Promise.all([first, second]).then(common.mustCall(([a, b]) => assert.strictEqual(a, b)));
}
