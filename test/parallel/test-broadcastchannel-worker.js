'use strict';
// A BroadcastChannel reaches channels of the same name on other threads, and an open one
// keeps its thread alive until it is closed or unref()'d.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');
const { BroadcastChannel, Worker } = require('worker_threads');

const channel = new BroadcastChannel('across-threads');
const worker = new Worker(`
  const { BroadcastChannel } = require('worker_threads');
  const channel = new BroadcastChannel('across-threads');
  channel.onmessage = (event) => {
    channel.postMessage({ echo: event.data, from: require('worker_threads').threadId });
    channel.close();
  };
  require('worker_threads').parentPort.postMessage('ready');
`, { eval: true });
const workerId = worker.threadId;
worker.once('message', common.mustCall(() => channel.postMessage('ping')));
channel.onmessage = common.mustCall((event) => {
  assert.deepStrictEqual(event.data, { echo: 'ping', from: workerId });
  channel.close();
});
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

const run = (code) => spawnSync(process.execPath, ['-e', code], { timeout: 20000, encoding: 'utf8' });
assert.strictEqual(run('new BroadcastChannel("x").unref()').status, 0);
assert.strictEqual(run('new BroadcastChannel("x").close()').status, 0);
const alive = run('new BroadcastChannel("x"); setTimeout(() => process.exit(4), 200).unref()');
assert.strictEqual(alive.status, 4);
