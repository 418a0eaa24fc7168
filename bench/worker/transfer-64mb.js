'use strict';
// A 64 MB ArrayBuffer transferred to a worker and back 100 times: moved, never copied, so
// the time should not depend on the size.
const { Worker } = require('worker_threads');
const worker = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', (buffer) => {
    if (buffer === null) return parentPort.close();
    parentPort.postMessage(buffer, [buffer]);
  });
`, { eval: true });
let remaining = 100;
worker.on('message', (buffer) => {
  if (--remaining === 0) {
    worker.postMessage(null);
    return;
  }
  worker.postMessage(buffer, [buffer]);
});
const buffer = new ArrayBuffer(64 * 1024 * 1024);
worker.postMessage(buffer, [buffer]);
