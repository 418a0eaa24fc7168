'use strict';
// performance.mark() and PerformanceMark: name, startTime, a cloned detail, and the errors
// for every bad argument.
require('../common');
const assert = require('assert');
const { performance, PerformanceMark, PerformanceEntry } = require('perf_hooks');

const before = performance.now();
const mark = performance.mark('first');
assert.ok(mark instanceof PerformanceMark);
assert.ok(mark instanceof PerformanceEntry);
assert.strictEqual(mark.name, 'first');
assert.strictEqual(mark.entryType, 'mark');
assert.strictEqual(mark.duration, 0);
assert.strictEqual(mark.detail, null);
assert.ok(mark.startTime >= before && mark.startTime <= performance.now());
assert.deepStrictEqual(Object.keys(mark), []);
assert.strictEqual(Object.prototype.toString.call(mark), '[object PerformanceMark]');
assert.deepStrictEqual(mark.toJSON(), {
  name: 'first', entryType: 'mark', startTime: mark.startTime, duration: 0, detail: null,
});
assert.strictEqual(JSON.stringify(performance.mark('json', { startTime: 2, detail: 5 })),
                   '{"name":"json","entryType":"mark","startTime":2,"duration":0,"detail":5}');

// Options: startTime and detail; null options and null detail are fine.
const timed = performance.mark('timed', { startTime: 12.5 });
assert.strictEqual(timed.startTime, 12.5);
assert.strictEqual(performance.mark('nulls', null).detail, null);
assert.strictEqual(performance.mark('nulls', { startTime: null, detail: undefined }).detail, null);
assert.strictEqual(performance.mark('zero', { startTime: 0 }).startTime, 0);
assert.ok(Number.isNaN(performance.mark('nan', { startTime: NaN }).startTime));

// The detail is a structured clone, read back as the same object each time.
const detail = { list: [1, 2], map: new Map([[1, new Date(0)]]) };
const withDetail = performance.mark('detail', { detail });
assert.notStrictEqual(withDetail.detail, detail);
assert.deepStrictEqual(withDetail.detail, detail);
assert.strictEqual(withDetail.detail, withDetail.detail);
detail.list.push(3);
assert.deepStrictEqual(withDetail.detail.list, [1, 2]);
assert.strictEqual(performance.mark('primitive', { detail: 0 }).detail, 0);
assert.throws(() => performance.mark('clone', { detail: () => {} }), (error) => {
  assert.strictEqual(error.name, 'DataCloneError');
  assert.strictEqual(error.code, 25);
  assert.strictEqual(error.message, '() => {} could not be cloned.');
  assert.ok(error instanceof Error);
  assert.ok(error instanceof DOMException);
  return true;
});
assert.throws(() => performance.mark('clone', { detail: Symbol('s') }), {
  name: 'DataCloneError',
  message: 'Symbol(s) could not be cloned.',
});
// Any other failure while cloning propagates as it is.
assert.throws(() => performance.mark('getter', { detail: { get x() { throw new RangeError('boom'); } } }),
              { name: 'RangeError', message: 'boom' });

// The name is converted to a string; only a missing name is an error.
assert.strictEqual(performance.mark(undefined).name, 'undefined');
assert.strictEqual(performance.mark(1).name, '1');
assert.strictEqual(performance.mark({ toString() { return 'custom'; } }).name, 'custom');
assert.throws(() => performance.mark(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.mark(Symbol('s')), TypeError);

// The names of node's milestones are reserved; other nodeTiming fields are not.
for (const name of ['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']) {
  assert.throws(() => performance.mark(name), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The argument 'name' is invalid. Received '${name}'`,
  });
}
// The name is checked before the options.
assert.throws(() => performance.mark('nodeStart', 1), { code: 'ERR_INVALID_ARG_VALUE' });
for (const name of ['idleTime', 'name', 'duration']) assert.strictEqual(performance.mark(name).name, name);

for (const options of [1, 'x', true, [], () => {}]) {
  assert.throws(() => performance.mark('bad', options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => performance.mark('bad', 1), {
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => performance.mark('bad', { startTime: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "startTime" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => performance.mark('bad', { startTime: 1n }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('bad', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', name: 'TypeError', message: '-1 is not a valid timestamp',
});
// The start time is checked before the detail is cloned.
assert.throws(() => performance.mark('bad', { startTime: -1, detail: () => {} }),
              { code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP' });

// new PerformanceMark() builds a mark without adding it to the timeline.
const constructed = new PerformanceMark('constructed', { startTime: 3, detail: [1] });
assert.strictEqual(constructed.startTime, 3);
assert.deepStrictEqual(constructed.detail, [1]);
assert.deepStrictEqual(performance.getEntriesByName('constructed'), []);
assert.throws(() => new PerformanceMark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => PerformanceMark('x'), TypeError);
assert.strictEqual(PerformanceMark.length, 1);

// Read-only accessors that check their receiver.
assert.throws(() => { mark.name = 'renamed'; }, TypeError);
assert.strictEqual(mark.name, 'first');
assert.throws(() => PerformanceMark.prototype.detail, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceMark. Received an instance of PerformanceMark',
});
for (const name of ['name', 'entryType', 'startTime', 'duration']) {
  const descriptor = Object.getOwnPropertyDescriptor(PerformanceEntry.prototype, name);
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.set, undefined);
  assert.throws(() => descriptor.get.call({}), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.strictEqual(Object.getOwnPropertyDescriptor(PerformanceMark.prototype, 'detail').enumerable, true);
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
