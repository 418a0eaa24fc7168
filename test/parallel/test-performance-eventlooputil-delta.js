'use strict';
// performance.eventLoopUtilization(): cumulative idle/active time since the loop started,
// differences against an earlier reading, and between two readings.
const common = require('../common');
const assert = require('assert');
const { performance } = require('perf_hooks');

const { eventLoopUtilization } = performance;

// Before the loop runs there is nothing to measure.
assert.deepStrictEqual(eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.deepStrictEqual(eventLoopUtilization({ idle: 5, active: 5 }), { idle: 0, active: 0, utilization: 0 });
assert.deepStrictEqual(Object.keys(eventLoopUtilization()), ['idle', 'active', 'utilization']);

function busy(ms) {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

setTimeout(common.mustCall(() => {
  const start = eventLoopUtilization();
  assert.ok(start.idle >= 0 && start.active >= 0);
  assert.ok(start.utilization >= 0 && start.utilization <= 1);
  assert.strictEqual(start.utilization, start.active / (start.idle + start.active));
  assert.strictEqual(start.idle, performance.nodeTiming.idleTime);

  setTimeout(common.mustCall(() => {
    // About 100 ms of waiting, very little work.
    const first = eventLoopUtilization();
    const waited = eventLoopUtilization(start);
    assert.ok(waited.idle > 50, `idle ${waited.idle}`);
    assert.ok(waited.utilization >= 0 && waited.utilization < 0.5, `utilization ${waited.utilization}`);

    // Busy inside one callback: the delta is all active time.
    busy(50);
    const busyDelta = eventLoopUtilization(first);
    assert.strictEqual(busyDelta.idle, 0);
    assert.ok(busyDelta.active >= 49, `active ${busyDelta.active}`);
    assert.strictEqual(busyDelta.utilization, 1);

    setTimeout(common.mustCall(() => {
      const second = eventLoopUtilization();
      const delta = eventLoopUtilization(first);
      // Idle for the timer's wait, active for the busy stretch.
      assert.ok(delta.idle > 50, `idle ${delta.idle}`);
      assert.ok(delta.active >= 49, `active ${delta.active}`);
      assert.ok(delta.utilization > 0 && delta.utilization < 1, `utilization ${delta.utilization}`);
      assert.ok(second.idle >= first.idle + delta.idle - 1);

      // Two readings: util1 - util2.
      const between = eventLoopUtilization(second, first);
      assert.strictEqual(between.idle, second.idle - first.idle);
      assert.strictEqual(between.active, second.active - first.active);
      assert.strictEqual(between.utilization, between.active / (between.idle + between.active));
      const reversed = eventLoopUtilization(first, second);
      assert.strictEqual(reversed.idle, -between.idle);
      assert.strictEqual(reversed.utilization, between.utilization);

      // Not validated: junk gives NaN.
      const junk = eventLoopUtilization({});
      assert.ok(Number.isNaN(junk.idle) && Number.isNaN(junk.active) && Number.isNaN(junk.utilization));
      assert.ok(Number.isNaN(eventLoopUtilization(1).utilization));
      // A falsy second argument is ignored.
      assert.ok(eventLoopUtilization(second, null).idle >= 0);
    }), 100);
  }), 100);
}), 1);
