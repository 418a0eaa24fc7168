'use strict';
// SCHED_NONE: the primary binds and sends the socket; the workers compete in accept(). Two
// workers serve short and keep-alive HTTP connections: every request is answered (how they
// share the work is up to the kernel).
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');
const { serveHttp, sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

cluster.schedulingPolicy = cluster.SCHED_NONE;
const sum = (byWorker) => Object.values(byWorker).reduce((a, b) => a + b, 0);

cluster.on('exit', common.mustCall((worker, code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  assert.strictEqual(worker.exitedAfterDisconnect, true);
}, 2));

(async () => {
  const { port, addressType } = await forkListening(2);
  assert.strictEqual(addressType, 4);

  const short = await sendRequests({ port }, { total: 100 });
  assert.strictEqual(sum(short.byWorker), 100);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const kept = await sendRequests({ port }, { total: 200, agent });
  agent.destroy();
  assert.strictEqual(sum(kept.byWorker), 200);

  cluster.disconnect(common.mustCall(() => {
    assert.deepStrictEqual(Object.keys(cluster.workers), []);
  }));
})().then(common.mustCall());
