'use strict';
// The `performance` global: the perf_hooks singleton, an EventTarget that cannot be
// constructed again, replaceable like any global.
require('../common');
const assert = require('assert');
const perfHooks = require('perf_hooks');

assert.strictEqual(globalThis.performance, perfHooks.performance);
assert.strictEqual(performance, perfHooks.performance);
assert.ok(performance instanceof perfHooks.Performance);
assert.ok(performance instanceof EventTarget);
assert.strictEqual(Object.getPrototypeOf(performance), perfHooks.Performance.prototype);
assert.deepStrictEqual(Object.keys(performance), []);

assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.strictEqual(performance[Symbol.toStringTag], 'Performance');

assert.throws(() => new perfHooks.Performance(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});

// Web-facing members are enumerable; node's additions are not.
const proto = perfHooks.Performance.prototype;
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
                    'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now',
                    'setResourceTimingBufferSize', 'toJSON']) {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(typeof descriptor.value, 'function', name);
  assert.strictEqual(descriptor.enumerable, true, name);
}
for (const name of ['eventLoopUtilization', 'markResourceTiming', 'timerify']) {
  const descriptor = Object.getOwnPropertyDescriptor(proto, name);
  assert.strictEqual(typeof descriptor.value, 'function', name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(descriptor.writable, true, name);
}
const nodeTimingDescriptor = Object.getOwnPropertyDescriptor(proto, 'nodeTiming');
assert.strictEqual(nodeTimingDescriptor.enumerable, false);
assert.strictEqual(nodeTimingDescriptor.value, performance.nodeTiming);

// The documented lengths.
assert.strictEqual(performance.mark.length, 1);
assert.strictEqual(performance.measure.length, 1);
assert.strictEqual(performance.getEntriesByName.length, 1);
assert.strictEqual(performance.getEntriesByType.length, 1);
assert.strictEqual(performance.clearMarks.length, 0);
assert.strictEqual(performance.timerify.length, 1);
assert.strictEqual(performance.eventLoopUtilization.length, 2);

// Every method but eventLoopUtilization and timerify checks its receiver.
for (const name of ['mark', 'measure', 'clearMarks', 'clearMeasures', 'getEntries', 'getEntriesByName',
                    'getEntriesByType', 'toJSON', 'clearResourceTimings', 'setResourceTimingBufferSize']) {
  assert.throws(() => performance[name].call({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
  }, name);
}
assert.strictEqual(typeof performance.eventLoopUtilization.call(null).utilization, 'number');

// toJSON: the node timing, the origin and a fresh utilization reading.
const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.nodeTiming, performance.nodeTiming);
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
assert.deepStrictEqual(json.eventLoopUtilization, { idle: 0, active: 0, utilization: 0 });
const parsed = JSON.parse(JSON.stringify(performance));
assert.deepStrictEqual(Object.keys(parsed.nodeTiming), [
  'name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start', 'bootstrapComplete',
  'environment', 'loopStart', 'loopExit', 'idleTime',
]);

// The global can be replaced, and the module keeps its own reference.
const saved = globalThis.performance;
globalThis.performance = undefined;
assert.strictEqual(globalThis.performance, undefined);
assert.strictEqual(typeof perfHooks.performance.now(), 'number');
globalThis.performance = saved;
