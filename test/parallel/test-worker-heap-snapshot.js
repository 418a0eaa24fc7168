'use strict';
// worker.getHeapSnapshot(): the worker's own heap as V8's snapshot JSON, read from a stream;
// bad options throw, and a worker that has ended answers ERR_WORKER_NOT_RUNNING.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  globalThis.marker = new (class WorkerHeapSnapshotMarker {})();
  require('worker_threads').parentPort.postMessage('ready');
  setInterval(() => {}, 1000);
`, { eval: true });

worker.once('message', common.mustCall(async () => {
  assert.throws(() => worker.getHeapSnapshot({ exposeInternals: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
  const stream = await worker.getHeapSnapshot();
  let text = '';
  for await (const chunk of stream) text += chunk;
  const snapshot = JSON.parse(text);
  assert.ok(Array.isArray(snapshot.nodes));
  assert.ok(snapshot.snapshot.meta.node_fields.includes('name'));
  // The worker's marker class is in its snapshot.
  assert.ok(snapshot.strings.includes('WorkerHeapSnapshotMarker'));
  await worker.terminate();
  await assert.rejects(worker.getHeapSnapshot(), { code: 'ERR_WORKER_NOT_RUNNING' });
}));
