'use strict';
// How util.inspect shows perf_hooks objects.
require('../common');
const assert = require('assert');
const util = require('util');
const { performance, PerformanceMark } = require('perf_hooks');

const flat = (value, options) => util.inspect(value, { breakLength: Infinity, ...options });

const mark = new PerformanceMark('m', { startTime: 3, detail: { deep: { deeper: { deepest: 1 } } } });
assert.strictEqual(flat(mark),
                   "PerformanceMark { name: 'm', entryType: 'mark', startTime: 3, duration: 0, detail: { deep: [Object] } }");
assert.strictEqual(flat(mark, { depth: 0 }), 'PerformanceMark [Object]');
assert.strictEqual(flat({ mark }, { depth: 0 }), '{ mark: [PerformanceMark] }');
assert.strictEqual(flat([mark], { depth: 0 }), '[ [PerformanceMark] ]');

const measure = performance.measure('span', { start: 1, end: 4 });
assert.strictEqual(flat(measure),
                   "PerformanceMeasure { name: 'span', entryType: 'measure', startTime: 1, duration: 3, detail: null }");

assert.match(flat(performance),
             /^Performance \{ nodeTiming: PerformanceNodeTiming \{ name: 'node', entryType: 'node', startTime: 0, duration: [\d.]+, nodeStart: [\d.]+, v8Start: [\d.]+, bootstrapComplete: [\d.]+, environment: [\d.]+, loopStart: -1, loopExit: -1, idleTime: 0 \}, timeOrigin: [\d.]+ \}$/);
assert.strictEqual(flat(performance, { depth: 0 }), 'Performance [Object]');
assert.strictEqual(flat([performance], { depth: 0 }), '[ [Performance] ]');
assert.strictEqual(flat([performance.nodeTiming], { depth: 0 }), '[ [PerformanceNodeTiming] ]');
assert.strictEqual(String(performance), '[object Performance]');
