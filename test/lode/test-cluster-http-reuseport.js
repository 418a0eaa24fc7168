'use strict';
// SCHED_REUSEPORT (lode's own): each worker listens on its own SO_REUSEPORT socket on the port
// the primary reserved, and the kernel spreads the connections. Two workers serve short and
// keep-alive HTTP connections: every request is answered, and cluster.stats() has every
// connection, counted by the workers.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');
const { serveHttp, sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

cluster.schedulingPolicy = cluster.SCHED_REUSEPORT;
const sum = (byWorker) => Object.values(byWorker).reduce((a, b) => a + b, 0);

cluster.on('exit', common.mustCall((worker, code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
}, 2));

(async () => {
  const { port } = await forkListening(2);
  const short = await sendRequests({ port }, { total: 100 });
  assert.strictEqual(sum(short.byWorker), 100);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const kept = await sendRequests({ port }, { total: 200, agent });
  agent.destroy();
  assert.strictEqual(sum(kept.byWorker), 200);

  cluster.disconnect(common.mustCall(() => {
    const stats = cluster.stats();
    assert.strictEqual(stats.policy, 'reuseport');
    assert.deepStrictEqual(stats.workers.map((record) => record.id), [1, 2]);
    assert.strictEqual(stats.total, stats.workers[0].connections + stats.workers[1].connections);
    // 100 short connections and the agent's (at least one, at most a few more than 4).
    assert.ok(stats.total >= 101 && stats.total <= 120, `total ${stats.total}`);
    assert.ok(stats.imbalance >= 1 && stats.imbalance <= 2, `imbalance ${stats.imbalance}`);
  }));
})().then(common.mustCall());
