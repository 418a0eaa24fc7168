'use strict';
// performance.nodeTiming: the startup milestones and the loop's idle time, read live.
// Like node's, its fields are properties of the instance itself. (node 20.18+ also has
// uvMetricsInfo, which needs libuv 1.45's uv_metrics_info; lode builds on 1.44.)

const { now, getMilestone, loopIdleTime } = require('internal/perf/utils');
const { PerformanceEntry, kEntryToken } = require('internal/perf/performance_entry');

function fixedField(value) {
  return { value, writable: false, enumerable: true, configurable: true };
}

function liveField(read) {
  return { get() { return read(); }, enumerable: true, configurable: true };
}

class PerformanceNodeTiming extends PerformanceEntry {
  constructor(token) {
    super(token, 'node', 'node', 0, 0);
    Object.defineProperties(this, {
      name: fixedField('node'),
      entryType: fixedField('node'),
      startTime: fixedField(0),
      duration: liveField(() => now()),
      nodeStart: liveField(() => getMilestone('nodeStart')),
      v8Start: liveField(() => getMilestone('v8Start')),
      environment: liveField(() => getMilestone('environment')),
      loopStart: liveField(() => getMilestone('loopStart')),
      loopExit: liveField(() => getMilestone('loopExit')),
      bootstrapComplete: liveField(() => getMilestone('bootstrapComplete')),
      // Zero until the loop first waits for events.
      idleTime: liveField(() => loopIdleTime()),
    });
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

const nodeTiming = new PerformanceNodeTiming(kEntryToken);

module.exports = { nodeTiming };
