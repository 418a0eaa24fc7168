'use strict';
// 200,000 messages sent one way to a worker, which reports once it has them all.
const { Worker } = require('worker_threads');
const count = 2e5;
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  let received = 0;
  parentPort.on('message', () => {
    if (++received === ${count}) {
      parentPort.postMessage(received);
      parentPort.close();
    }
  });
`, { eval: true });
for (let i = 0; i < count; i++) worker.postMessage({ i });
