'use strict';
// resourceLimits: reported back by the Worker and inside it; a worker that outgrows its heap
// ends with ERR_WORKER_OUT_OF_MEMORY and code 1, and the parent carries on; the stack size
// limits recursion without crashing.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

{
  const limits = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 64, codeRangeSizeMb: 16, stackSizeMb: 2 };
  const worker = new Worker(`
    require('worker_threads').parentPort.postMessage(require('worker_threads').resourceLimits);
  `, { eval: true, resourceLimits: limits });
  assert.deepStrictEqual(worker.resourceLimits, limits);
  worker.on('message', common.mustCall((inside) => assert.deepStrictEqual(inside, limits)));
  worker.on('exit', common.mustCall(() => assert.deepStrictEqual(worker.resourceLimits, {})));
}

{
  const worker = new Worker('const chunks = []; for (;;) chunks.push(new Array(100000).fill(1.5));', {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: 16 },
  });
  assert.strictEqual(worker.resourceLimits.maxOldGenerationSizeMb, 16);
  worker.on('error', common.mustCall((error) => {
    assert.ok(error instanceof Error);
    assert.strictEqual(error.code, 'ERR_WORKER_OUT_OF_MEMORY');
    assert.strictEqual(error.message, 'Worker terminated due to reaching memory limit: JS heap out of memory');
  }));
  worker.on('exit', common.mustCall((code) => {
    assert.strictEqual(code, 1);
    // The parent still allocates and runs.
    assert.strictEqual(new Array(1000).fill(1).length, 1000);
  }));
}

{
  const worker = new Worker(`
    let depth = 0;
    function recurse() { depth++; recurse(); }
    try { recurse(); } catch (error) {
      require('worker_threads').parentPort.postMessage([error.name, depth > 100]);
    }
  `, { eval: true, resourceLimits: { stackSizeMb: 1 } });
  worker.on('message', common.mustCall((value) => assert.deepStrictEqual(value, ['RangeError', true])));
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}
