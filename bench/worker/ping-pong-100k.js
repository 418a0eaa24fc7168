'use strict';
// 100,000 round trips of a small object between the main thread and a worker.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (message) => {
    if (message === null) parentPort.close();
    else parentPort.postMessage(message);
  });
`, { eval: true });
let remaining = 1e5;
const message = { id: 0, name: 'ping', values: [1, 2, 3] };
worker.on('message', () => {
  if (--remaining === 0) {
    worker.postMessage(null);
    return;
  }
  message.id = remaining;
  worker.postMessage(message);
});
worker.postMessage(message);
