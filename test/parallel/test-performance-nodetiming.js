'use strict';
// performance.nodeTiming: startup milestones in order, the loop's start and exit, and the
// idle time, all read live.
const common = require('../common');
const assert = require('assert');
const { performance, PerformanceEntry } = require('perf_hooks');

const { nodeTiming } = performance;
assert.strictEqual(performance.nodeTiming, nodeTiming);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(nodeTiming)), PerformanceEntry.prototype);
assert.strictEqual(nodeTiming.constructor.name, 'PerformanceNodeTiming');
assert.strictEqual(nodeTiming.name, 'node');
assert.strictEqual(nodeTiming.entryType, 'node');
assert.strictEqual(nodeTiming.startTime, 0);
const now = performance.now();
assert.ok(nodeTiming.duration >= now);
assert.ok(nodeTiming.duration > nodeTiming.duration - 1);

// Own properties: three fixed values, the rest enumerable accessors computed on each read.
for (const name of ['name', 'entryType', 'startTime']) {
  const descriptor = Object.getOwnPropertyDescriptor(nodeTiming, name);
  assert.strictEqual(descriptor.writable, false, name);
  assert.strictEqual(descriptor.enumerable, true, name);
}
for (const name of ['duration', 'nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit',
                    'bootstrapComplete', 'idleTime']) {
  const descriptor = Object.getOwnPropertyDescriptor(nodeTiming, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(descriptor.set, undefined, name);
  assert.strictEqual(descriptor.enumerable, true, name);
}

// Startup milestones: non-negative, in order, all before the main script ran.
assert.ok(nodeTiming.nodeStart >= 0);
assert.ok(nodeTiming.v8Start >= nodeTiming.nodeStart);
assert.ok(nodeTiming.environment >= nodeTiming.v8Start);
assert.ok(nodeTiming.bootstrapComplete >= nodeTiming.environment);
assert.ok(nodeTiming.bootstrapComplete < now);

// The loop has not started while the main script runs; nothing has been idle yet.
assert.strictEqual(nodeTiming.loopStart, -1);
assert.strictEqual(nodeTiming.loopExit, -1);
assert.strictEqual(nodeTiming.idleTime, 0);

assert.deepStrictEqual(Object.keys(nodeTiming.toJSON()), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete',
  'environment', 'loopStart', 'loopExit', 'idleTime',
]);
assert.strictEqual(nodeTiming.toJSON().loopStart, -1);

setTimeout(common.mustCall(() => {
  const { loopStart } = nodeTiming;
  assert.ok(loopStart >= nodeTiming.bootstrapComplete);
  assert.ok(loopStart <= performance.now());
  // It stays put.
  assert.strictEqual(nodeTiming.loopStart, loopStart);
  assert.ok(nodeTiming.idleTime >= 0);
  assert.ok(nodeTiming.idleTime < nodeTiming.duration - loopStart);
  assert.strictEqual(nodeTiming.loopExit, -1);
  // Waiting for the next timer is idle time.
  const idleBefore = nodeTiming.idleTime;
  setTimeout(common.mustCall(() => {
    assert.ok(nodeTiming.idleTime - idleBefore > 10, `idle ${nodeTiming.idleTime - idleBefore}`);
  }), 50);
}), 1);

process.on('beforeExit', common.mustCall(() => {
  assert.strictEqual(nodeTiming.loopExit, -1);
}));
process.on('exit', () => {
  const { loopExit } = nodeTiming;
  assert.ok(loopExit > nodeTiming.loopStart, `${loopExit}`);
  assert.ok(loopExit <= performance.now());
  assert.strictEqual(nodeTiming.loopExit, loopExit);
});
