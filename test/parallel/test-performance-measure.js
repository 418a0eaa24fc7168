'use strict';
// performance.measure(name[, startMarkOrOptions[, endMark]]): every overload, how starts and
// ends are named (marks, milestones, timestamps), and the errors.
require('../common');
const assert = require('assert');
const { performance, PerformanceMeasure, PerformanceEntry } = require('perf_hooks');

performance.mark('a', { startTime: 10 });
performance.mark('b', { startTime: 20 });
performance.mark('true', { startTime: 3 });
performance.mark('null', { startTime: 6 });
performance.mark('5', { startTime: 4 });

function check(args, startTime, duration) {
  const before = performance.now();
  const entry = performance.measure(...args);
  const after = performance.now();
  assert.ok(entry instanceof PerformanceMeasure);
  assert.ok(entry instanceof PerformanceEntry);
  assert.strictEqual(entry.entryType, 'measure');
  assert.strictEqual(entry.name, args[0]);
  assert.strictEqual(entry.startTime, startTime, `${args[0]} start`);
  if (typeof duration === 'number') assert.strictEqual(entry.duration, duration, `${args[0]} duration`);
  else duration(entry.duration, before, after);
  return entry;
}
// The measure ended at the moment it was taken.
function untilNow(startTime) {
  return (duration, before, after) => {
    assert.ok(startTime + duration >= before && startTime + duration <= after, `${duration}`);
  };
}

// Positional marks: a string start names a mark; anything else starts at 0.
check(['m1', 'a', 'b'], 10, 10);
check(['m2', 'b', 'a'], 20, -10);
check(['m3', 'a', 'a'], 10, 0);
check(['m4', 'a'], 10, untilNow(10));
check(['m5'], 0, untilNow(0));
check(['m6', undefined, 'b'], 0, 20);
check(['m7', '5'], 4, untilNow(4));
for (const start of [5, true, null, Symbol('s'), () => {}]) check(['m8', start, 'b'], 0, 20);
// An end that is a number is a timestamp; anything else is a mark name.
check(['m9', 'a', 5], 10, -5);
check(['m10', 'a', 1.5], 10, -8.5);
check(['m11', 'a', true], 10, -7);
check(['m12', 'a', null], 10, -4);
check(['m13', 'a', '5'], 10, -6);

// Options objects (arrays too): start, end, duration and detail.
check(['o1', { start: 1, end: 3 }], 1, 2);
check(['o2', { start: 'a', end: 'b' }], 10, 10);
check(['o3', { start: 'a', duration: 2 }], 10, 2);
check(['o4', { end: 10, duration: 2 }], 8, 2);
check(['o5', { start: 'b', duration: 1 }], 20, 1);
check(['o6', { end: 'a' }], 0, 10);
check(['o7', { start: 1, end: 'b' }], 1, 19);
check(['o8', { start: 12 }], 12, untilNow(12));
check(['o9', { start: 1.5, end: 2.25 }], 1.5, 0.75);
check(['o10', { start: undefined, end: 12 }], 0, 12);
// A duration alone does nothing: the measure runs from 0 to now.
check(['o11', { duration: 3 }], 0, untilNow(0));
check(['o12', {}], 0, untilNow(0));
check(['o13', []], 0, untilNow(0));
// With options that name neither start nor end, an end mark is still allowed.
check(['o14', {}, 'a'], 0, 10);
check(['o15', { detail: 1 }, 'a'], 0, 10);
check(['o16', { duration: 3 }, 'a'], 0, 10);
check(['o17', [], 'a'], 0, 10);
const nan = performance.measure('o18', { start: NaN });
assert.ok(Number.isNaN(nan.startTime) && Number.isNaN(nan.duration));

// Milestone names stand for nodeTiming's values (loopStart is -1 before the loop runs).
const { nodeTiming } = performance;
check(['n1', 'loopStart', 'nodeStart'], -1, nodeTiming.nodeStart + 1);
check(['n2', { start: 'nodeStart', end: 'bootstrapComplete' }], nodeTiming.nodeStart,
      nodeTiming.bootstrapComplete - nodeTiming.nodeStart);
check(['n3', 'loopExit', 'a'], -1, 11);

// The detail, only from options, is cloned.
const detail = { x: [1] };
const withDetail = performance.measure('d1', { start: 0, end: 1, detail });
assert.notStrictEqual(withDetail.detail, detail);
assert.deepStrictEqual(withDetail.detail, detail);
assert.strictEqual(withDetail.detail, withDetail.detail);
assert.strictEqual(performance.measure('d2', 'a', 'b').detail, null);
assert.strictEqual(performance.measure('d3', { detail: 0 }).detail, 0);
assert.deepStrictEqual(withDetail.toJSON(), {
  name: 'd1', entryType: 'measure', startTime: 0, duration: 1, detail: { x: [1] },
});
assert.strictEqual(Object.prototype.toString.call(withDetail), '[object PerformanceMeasure]');

// Unknown marks: a SyntaxError DOMException. The end is resolved before the start.
function unknownMark(name) {
  return (error) => {
    assert.ok(error instanceof DOMException);
    assert.strictEqual(error.name, 'SyntaxError');
    assert.strictEqual(error.code, 12);
    assert.strictEqual(error.message, `The "${name}" performance mark has not been set`);
    return true;
  };
}
assert.throws(() => performance.measure('x', 'nope'), unknownMark('nope'));
assert.throws(() => performance.measure('x', 'a', 'nope'), unknownMark('nope'));
assert.throws(() => performance.measure('x', 'n1', 'n2'), unknownMark('n2'));
assert.throws(() => performance.measure('x', { start: 'n1', end: 'n2' }), unknownMark('n2'));
assert.throws(() => performance.measure('x', { start: 'n1', duration: 'n3' }), unknownMark('n1'));
assert.throws(() => performance.measure('x', { end: 'n2', duration: 'n3' }), unknownMark('n2'));
assert.throws(() => performance.measure('x', { start: 5, duration: 'n3' }), unknownMark('n3'));
assert.throws(() => performance.measure('x', 'a', {}), unknownMark('[object Object]'));
assert.throws(() => performance.measure('x', { start: {} }), unknownMark('[object Object]'));
assert.throws(() => performance.measure('x', { start: 1n }), unknownMark('1'));
assert.throws(() => performance.measure('x', { start: 'n1', detail: () => {} }), unknownMark('n1'));

// Negative timestamps.
for (const args of [['x', 'a', -1], ['x', { end: -1 }], ['x', { start: 5, duration: -1 }]]) {
  assert.throws(() => performance.measure(...args), {
    code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name: 'TypeError', message: '-1 is not a valid timestamp',
  });
}
assert.throws(() => performance.measure('x', { start: -1, end: -2 }), { message: '-2 is not a valid timestamp' });

// Conflicting options.
for (const args of [['x', { start: 1 }, 'b'], ['x', { end: 1 }, 'b'], ['x', { start: 1, end: 2, duration: 3 }, 'b']]) {
  assert.throws(() => performance.measure(...args), {
    code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
    name: 'TypeError',
    message: 'endMark must not be specified',
  });
}
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
// The detail is cloned last.
assert.throws(() => performance.measure('x', { start: 1, end: 2, detail: () => {} }), {
  name: 'DataCloneError',
});

// The name must be a string.
assert.throws(() => performance.measure(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
for (const name of [undefined, 5, null, {}]) {
  assert.throws(() => performance.measure(name), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => performance.measure(5), {
  message: 'The "name" argument must be of type string. Received type number (5)',
});

// Users cannot build measures.
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => PerformanceMeasure.prototype.detail, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceMeasure. Received an instance of PerformanceMeasure',
});

// A failed measure adds nothing to the timeline.
assert.deepStrictEqual(performance.getEntriesByName('x'), []);
