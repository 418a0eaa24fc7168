'use strict';
// A worker from code (eval: true): it sees workerData, its threadId and isMainThread false;
// the parent sees 'online', then its messages, then 'exit' with code 0.
const common = require('../common');
const assert = require('assert');
const worker_threads = require('worker_threads');
const { Worker, isMainThread, threadId, parentPort, workerData } = worker_threads;

assert.strictEqual(isMainThread, true);
assert.strictEqual(threadId, 0);
assert.strictEqual(parentPort, null);
assert.strictEqual(workerData, null);
assert.deepStrictEqual(worker_threads.resourceLimits, {});
assert.strictEqual(worker_threads.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));

const events = [];
const worker = new Worker(`
  const { parentPort, workerData, threadId, isMainThread } = require('worker_threads');
  parentPort.postMessage({ workerData, threadId, isMainThread, argv: process.argv.slice(1) });
  parentPort.once('message', (value) => parentPort.postMessage(value * 2));
`, { eval: true, workerData: { list: [1, 2, 3], map: new Map([['k', 'v']]) }, argv: ['a', 2] });

assert.ok(worker instanceof require('events'));
assert.strictEqual(typeof worker.threadId, 'number');
assert.ok(worker.threadId > 0);
const id = worker.threadId;

worker.on('online', common.mustCall(() => events.push('online')));
worker.on('message', common.mustCall((message) => {
  events.push('message');
  if (typeof message === 'object') {
    assert.deepStrictEqual(message, {
      workerData: { list: [1, 2, 3], map: new Map([['k', 'v']]) },
      threadId: id,
      isMainThread: false,
      argv: ['[worker eval]', 'a', '2'],
    });
    worker.postMessage(21);
  } else {
    assert.strictEqual(message, 42);
  }
}, 2));
worker.on('error', common.mustNotCall());
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, ['online', 'message', 'message']);
  assert.strictEqual(worker.threadId, -1);
  assert.deepStrictEqual(worker.resourceLimits, {});
  // Posting to a worker that has ended is silently ignored.
  worker.postMessage('late');
}));
