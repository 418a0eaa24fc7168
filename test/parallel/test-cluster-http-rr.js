'use strict';
// SCHED_RR: the primary accepts and hands each connection to the next free worker. Two
// workers serve short and keep-alive HTTP connections: every request is answered, and both
// workers take a share.
const common = require('../common');
const cluster = require('cluster');
const { serveHttp, checkTwoWorkersServe } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

cluster.schedulingPolicy = cluster.SCHED_RR;
checkTwoWorkersServe(common.mustCall, { everyWorkerServes: true }).then(common.mustCall());
