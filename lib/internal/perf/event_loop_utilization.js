'use strict';
// performance.eventLoopUtilization([util1[, util2]]): how much of the time since the loop
// started it spent running callbacks (active) rather than waiting in epoll (idle).
// With util1, the change since that reading; with both, the change from util2 to util1.

const { now, getMilestone, loopIdleTime } = require('internal/perf/utils');

function utilization(idle, active) {
  return { idle, active, utilization: active / (idle + active) };
}

function eventLoopUtilization(util1, util2) {
  const loopStart = getMilestone('loopStart');
  // Before the loop runs there is nothing to measure (also the main script's own time).
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) return utilization(util1.idle - util2.idle, util1.active - util2.active);
  const idle = loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) return utilization(idle, active);
  return utilization(idle - util1.idle, active - util1.active);
}

module.exports = { eventLoopUtilization };
