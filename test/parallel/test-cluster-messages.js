'use strict';
// Messages between the primary and a worker: worker.send() arrives on `process` in the worker;
// process.send() in the worker arrives as the Worker's 'message' and cluster's 'message'
// (worker, message, handle). Cluster's own messages never show up there.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');

if (cluster.isWorker) {
  assert.strictEqual(cluster.isPrimary, false);
  assert.strictEqual(cluster.isMaster, false);
  assert.strictEqual(cluster.worker.id, 1);
  assert.strictEqual(cluster.worker.process, process);
  assert.strictEqual(process.env.NODE_UNIQUE_ID, undefined);
  assert.strictEqual(process.env.EXTRA, 'from fork(env)');
  process.on('message', common.mustCall((message) => {
    assert.deepStrictEqual(message, { ping: [1, 'two'] });
    process.send({ pong: message.ping });
  }));
  cluster.worker.on('message', common.mustCall((message) => {
    assert.deepStrictEqual(message, { ping: [1, 'two'] });
  }));
  return;
}

assert.strictEqual(cluster.isPrimary, true);
assert.strictEqual(cluster.isMaster, true);
assert.strictEqual(cluster.isWorker, false);

const worker = cluster.fork({ EXTRA: 'from fork(env)' });
assert.strictEqual(cluster.workers[worker.id], worker);
assert.ok(worker instanceof cluster.Worker);
cluster.on('fork', common.mustCall((forked) => assert.strictEqual(forked, worker)));
cluster.on('online', common.mustCall((online) => {
  assert.strictEqual(online, worker);
  assert.strictEqual(worker.state, 'online');
  assert.strictEqual(worker.send({ ping: [1, 'two'] }), true);
}));
worker.on('online', common.mustCall());
cluster.on('message', common.mustCall((from, message, handle) => {
  assert.strictEqual(from, worker);
  assert.deepStrictEqual(message, { pong: [1, 'two'] });
  assert.strictEqual(handle, undefined);
}));
worker.on('message', common.mustCall((message) => {
  assert.deepStrictEqual(message, { pong: [1, 'two'] });
  worker.disconnect();
}));
cluster.on('disconnect', common.mustCall((gone) => assert.strictEqual(gone, worker)));
cluster.on('exit', common.mustCall((gone, code, signal) => {
  assert.strictEqual(gone, worker);
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.state, 'dead');
  assert.strictEqual(worker.exitedAfterDisconnect, true);
}));
