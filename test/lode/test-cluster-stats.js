'use strict';
// cluster.stats() (lode's own): under SCHED_RR the primary counts every connection a worker
// accepts; the imbalance is the busiest worker's share over the even share. With
// --cluster-stats the primary prints the same at exit.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const { spawnSync } = require('child_process');
const { serveHttp, sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

if (process.argv[2] === 'print') {
  forkListening(2).then(({ port }) => sendRequests({ port }, { total: 10 })).then(() => cluster.disconnect());
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
assert.deepStrictEqual(cluster.stats(), { policy: 'rr', total: 0, imbalance: 0, workers: [] });

(async () => {
  const { port } = await forkListening(2);
  const { byWorker } = await sendRequests({ port }, { total: 30 });
  // A worker's "accepted" can reach the primary after the response reaches the client.
  while (cluster.stats().total < 30) await new Promise((resolve) => setTimeout(resolve, 10));
  const stats = cluster.stats();
  assert.strictEqual(stats.policy, 'rr');
  assert.strictEqual(stats.total, 30);
  for (const record of stats.workers) {
    assert.strictEqual(record.connections, byWorker[record.id]);
    assert.strictEqual(record.pid, cluster.workers[record.id].process.pid);
    assert.strictEqual(record.alive, true);
  }
  const busiest = Math.max(...Object.values(byWorker));
  assert.strictEqual(stats.imbalance, busiest / 15);
  cluster.disconnect(common.mustCall(() => {
    assert.ok(cluster.stats().workers.every((record) => !record.alive));

    const printed = spawnSync(process.execPath, ['--cluster-stats', __filename, 'print'], { encoding: 'utf8' });
    assert.strictEqual(printed.status, 0, printed.stderr);
    assert.match(printed.stderr, /^cluster stats: policy rr, 10 connections, imbalance \d\.\d\d\n/);
    assert.match(printed.stderr, /\n {2}worker 1 \(pid \d+, exited\): \d+ connections \(\d+\.\d%\)\n/);
    assert.match(printed.stderr, /\n {2}worker 2 \(pid \d+, exited\): \d+ connections \(\d+\.\d%\)\n?$/);
  }));
})().then(common.mustCall());
