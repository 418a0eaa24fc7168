'use strict';
// How a worker ends decides its exit code: naturally 0 (or process.exitCode), process.exit(n)
// ends the worker only — the parent runs on — after the worker's own 'exit' event.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

function run(code, expected, onMessage) {
  const worker = new Worker(code, { eval: true });
  if (onMessage) worker.on('message', onMessage);
  worker.on('exit', common.mustCall((exitCode) => assert.strictEqual(exitCode, expected)));
}

run('1 + 1', 0);
run('process.exitCode = 9', 9);
run('setTimeout(() => {}, 10)', 0);
run(`
  const { parentPort } = require('worker_threads');
  process.on('exit', (code) => parentPort.postMessage(['exit event', code]));
  process.exit(42);
  parentPort.postMessage('not reached');
`, 42, common.mustCall((message) => assert.deepStrictEqual(message, ['exit event', 42])));
run(`
  setTimeout(() => process.exit(), 5);
  setInterval(() => {}, 1000);
`, 0);
run(`
  process.exitCode = 3;
  Promise.resolve().then(() => process.exit());
`, 3);

// The parent is still here.
let parentTicks = 0;
const interval = setInterval(() => parentTicks++, 1);
setTimeout(common.mustCall(() => {
  clearInterval(interval);
  assert.ok(parentTicks > 0);
}), 100);
