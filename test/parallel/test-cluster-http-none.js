'use strict';
// SCHED_NONE: the primary binds and sends the socket; the workers compete in accept(). Two
// workers serve short and keep-alive HTTP connections: every request is answered (how they
// share the work is up to the kernel).
const common = require('../common');
const cluster = require('cluster');
const { serveHttp, checkTwoWorkersServe } = require('../common/cluster-http');

if (cluster.isWorker) {
  serveHttp();
  return;
}

cluster.schedulingPolicy = cluster.SCHED_NONE;
checkTwoWorkersServe(common.mustCall).then(common.mustCall());
