'use strict';
// worker.performance.eventLoopUtilization(): the worker's loop seen from the parent; zeros
// before the worker is online and after it has ended.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (message) => {
    if (message === 'bye') return parentPort.close();
    const start = Date.now();
    while (Date.now() - start < 200);
    parentPort.postMessage('busy done');
    setTimeout(() => parentPort.postMessage('idle done'), 200);
  });
`, { eval: true });
assert.deepStrictEqual(worker.performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });

let afterBusy;
worker.on('online', common.mustCall(() => worker.postMessage('go')));
worker.on('message', common.mustCall((message) => {
  const elu = worker.performance.eventLoopUtilization();
  for (const key of ['idle', 'active', 'utilization']) assert.strictEqual(typeof elu[key], 'number');
  assert.ok(elu.utilization >= 0 && elu.utilization <= 1, String(elu.utilization));
  if (message === 'busy done') {
    assert.ok(elu.active >= 150, `active ${elu.active}`);
    afterBusy = elu;
  } else {
    // Mostly waiting on its timer since then.
    const delta = worker.performance.eventLoopUtilization(afterBusy);
    assert.ok(delta.idle > delta.active, JSON.stringify(delta));
    const between = worker.performance.eventLoopUtilization(elu, afterBusy);
    assert.strictEqual(between.idle, elu.idle - afterBusy.idle);
    worker.postMessage('bye');
  }
}, 2));
worker.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(worker.performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
}));
