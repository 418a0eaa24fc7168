'use strict';
// 100 workers started and ended in a loop (half terminated, half ending on their own) leave
// no threads, file descriptors or memory behind.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');

const count = () => ({
  threads: fs.readdirSync('/proc/self/task').length,
  fds: fs.readdirSync('/proc/self/fd').length,
});

async function cycle(n) {
  for (let i = 0; i < n; i++) {
    const worker = new Worker(i % 2 ? 'setInterval(() => {}, 1000); require("worker_threads").parentPort.postMessage(1)'
                                    : 'require("worker_threads").parentPort.postMessage(1)', { eval: true });
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    await new Promise((resolve) => worker.once('message', resolve));
    if (i % 2) await worker.terminate();
    await exited;
  }
}

(async () => {
  await cycle(10);  // warm up: the thread pool and lazily loaded modules settle
  const before = count();
  const rssBefore = process.memoryUsage.rss();
  await cycle(100);
  // Threads are joined by the time 'exit' is emitted.
  const after = count();
  assert.strictEqual(after.threads, before.threads);
  assert.strictEqual(after.fds, before.fds);
  // AddressSanitizer holds freed memory in quarantine: RSS says nothing there (its leak
  // checker does).
  if (!process.env.LODE_ASAN) {
    const growthMb = (process.memoryUsage.rss() - rssBefore) / 1024 / 1024;
    assert.ok(growthMb < 64, `RSS grew by ${growthMb.toFixed(1)} MB`);
  }
})().then(common.mustCall());
