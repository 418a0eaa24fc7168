'use strict';
// SCHED_REUSEPORT (lode's own): each worker listens on its own SO_REUSEPORT socket on the port
// the primary reserved, and the kernel spreads the connections. Two workers serve short and
// keep-alive HTTP connections: every request is answered, and cluster.stats() has every
// connection, counted by the workers.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const { serveHttp, checkTwoWorkersServe } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

cluster.schedulingPolicy = cluster.SCHED_REUSEPORT;
checkTwoWorkersServe(common.mustCall, {
  atEnd() {
    const stats = cluster.stats();
    assert.strictEqual(stats.policy, 'reuseport');
    assert.deepStrictEqual(stats.workers.map((record) => record.id), [1, 2]);
    assert.strictEqual(stats.total, stats.workers[0].connections + stats.workers[1].connections);
    // 100 short connections and the agent's (at least one, at most a few more than 4).
    assert.ok(stats.total >= 101 && stats.total <= 120, `total ${stats.total}`);
    assert.ok(stats.imbalance >= 1 && stats.imbalance <= 2, `imbalance ${stats.imbalance}`);
  },
}).then(common.mustCall());
