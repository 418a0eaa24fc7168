'use strict';
// A SharedArrayBuffer is shared between threads, and Atomics.wait/notify work across them.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const shared = new SharedArrayBuffer(16);
const view = new Int32Array(shared);
const workers = 4;
for (let i = 0; i < workers; i++) {
  const worker = new Worker(`
    const { workerData: { shared, index } } = require('worker_threads');
    const view = new Int32Array(shared);
    for (let n = 0; n < 1000; n++) Atomics.add(view, 0, 1);
    Atomics.add(view, 1, 1);
    Atomics.notify(view, 1);
    // Wait for the parent's go.
    Atomics.wait(view, 2, 0);
    Atomics.add(view, 3, index);
  `, { eval: true, workerData: { shared, index: i + 1 } });
  worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
}

const poll = setInterval(common.mustCallAtLeast(() => {
  if (Atomics.load(view, 1) !== workers) return;
  clearInterval(poll);
  assert.strictEqual(Atomics.load(view, 0), workers * 1000);
  Atomics.store(view, 2, 1);
  Atomics.notify(view, 2);
}), 5);

process.on('exit', () => assert.strictEqual(view[3], 1 + 2 + 3 + 4));
