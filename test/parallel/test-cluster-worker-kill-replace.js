'use strict';
// A worker killed under load is replaced ('exit', then a new fork): the clients lose at most
// the requests that were in flight (no more than the client's concurrency), and the new
// worker takes its share of what follows.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const { serveHttp, sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

const concurrency = 4;
let victim;
let replacementListening;

(async () => {
  const { port } = await forkListening(2);
  victim = cluster.workers[1];
  const replaced = new Promise((resolve) => replacementListening = resolve);
  victim.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(victim.exitedAfterDisconnect, false);
    assert.strictEqual(cluster.workers[1], undefined);
    const replacement = cluster.fork();
    replacement.on('listening', common.mustCall(() => replacementListening(replacement)));
  }));

  const load = await sendRequests({ port }, {
    total: 300,
    concurrency,
    tolerateErrors: true,
    // node's primary keeps a connection it handed to the killed worker: that client waits.
    timeout: 8000,
    onResponse(answered) {
      if (answered === 50) victim.process.kill('SIGKILL');
    },
  });
  assert.ok(load.errors.length <= concurrency, `${load.errors.length} failed`);
  const answered = Object.values(load.byWorker).reduce((a, b) => a + b, 0);
  assert.strictEqual(answered + load.errors.length, 300);

  const replacement = await replaced;
  // Round robin reaches it at once; a policy where the kernel chooses may take a few batches.
  let servedByReplacement = 0;
  for (let batch = 0; batch < 20 && servedByReplacement === 0; batch++) {
    const after = await sendRequests({ port }, { total: 20 });
    assert.strictEqual(after.byWorker[victim.id], undefined);
    servedByReplacement = after.byWorker[replacement.id] ?? 0;
  }
  assert.ok(servedByReplacement > 0);
  cluster.disconnect(common.mustCall());
})().then(common.mustCall());
