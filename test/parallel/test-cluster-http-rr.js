'use strict';
// SCHED_RR: the primary accepts and hands each connection to the next free worker. Two
// workers serve short and keep-alive HTTP connections: every request is answered, and both
// workers take a share.
const common = require('../common');
const assert = require('assert');
const cluster = require('cluster');
const http = require('http');
const { serveHttp, sendRequests, forkListening } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
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
  assert.deepStrictEqual(Object.keys(short.byWorker).sort(), ['1', '2']);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  const kept = await sendRequests({ port }, { total: 200, agent });
  agent.destroy();
  assert.strictEqual(sum(kept.byWorker), 200);
  assert.deepStrictEqual(Object.keys(kept.byWorker).sort(), ['1', '2']);

  cluster.disconnect(common.mustCall(() => {
    assert.deepStrictEqual(Object.keys(cluster.workers), []);
  }));
})().then(common.mustCall());
