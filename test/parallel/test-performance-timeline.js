'use strict';
// The performance timeline: getEntries*, ordering by startTime, and clearMarks/clearMeasures
// (which also forget a cleared mark's name for measure()).
require('../common');
const assert = require('assert');
const { performance } = require('perf_hooks');

const names = (entries) => entries.map((entry) => entry.name);

assert.deepStrictEqual(performance.getEntries(), []);

performance.measure('y', { start: 5, end: 6 });
performance.mark('x', { startTime: 5 });
performance.measure('z', { start: 5, end: 6 });
performance.mark('w', { startTime: 5 });
performance.mark('v', { startTime: 4 });
performance.mark('late', { startTime: 100 });
performance.mark('x', { startTime: 1 });

// Sorted by startTime; at equal times marks come before measures, each in creation order.
assert.deepStrictEqual(names(performance.getEntries()), ['x', 'v', 'x', 'w', 'y', 'z', 'late']);
assert.deepStrictEqual(names(performance.getEntriesByType('mark')), ['x', 'v', 'x', 'w', 'late']);
assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['y', 'z']);
assert.deepStrictEqual(performance.getEntriesByType('function'), []);
assert.deepStrictEqual(performance.getEntriesByType('bogus'), []);
assert.deepStrictEqual(performance.getEntriesByName('x').map((entry) => entry.startTime), [1, 5]);
assert.deepStrictEqual(names(performance.getEntriesByName('y', 'measure')), ['y']);
assert.deepStrictEqual(performance.getEntriesByName('y', 'mark'), []);
assert.deepStrictEqual(performance.getEntriesByName('y', 'bogus'), []);
// A fresh array every time.
assert.notStrictEqual(performance.getEntries(), performance.getEntries());
performance.getEntries().length = 0;
assert.strictEqual(performance.getEntries().length, 7);

// Arguments are converted to strings; undefined as the type means any type.
performance.mark('1', { startTime: 50 });
assert.deepStrictEqual(names(performance.getEntriesByName(1)), ['1']);
assert.deepStrictEqual(names(performance.getEntriesByName('1', undefined)), ['1']);
assert.deepStrictEqual(performance.getEntriesByName('1', null), []);
assert.throws(() => performance.getEntriesByName(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.getEntriesByType(), {
  code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});

// measure() uses the latest mark made with a name, whatever its startTime.
assert.strictEqual(performance.measure('uses-latest', 'x', 100).startTime, 1);

// clearMarks(name) drops the marks of that name and the name itself.
performance.clearMarks('x');
assert.deepStrictEqual(names(performance.getEntriesByType('mark')), ['v', 'w', '1', 'late']);
assert.throws(() => performance.measure('gone', 'x'), { name: 'SyntaxError' });
// Names are converted: null clears marks named 'null', not all of them.
performance.mark('null');
performance.clearMarks(null);
assert.deepStrictEqual(names(performance.getEntriesByType('mark')), ['v', 'w', '1', 'late']);
performance.clearMarks(1);
assert.deepStrictEqual(names(performance.getEntriesByType('mark')), ['v', 'w', 'late']);
performance.clearMarks('no such mark');
assert.strictEqual(performance.clearMarks('v'), undefined);
// Without a name (or with undefined) every mark goes.
performance.clearMarks(undefined);
assert.deepStrictEqual(performance.getEntriesByType('mark'), []);
assert.throws(() => performance.measure('gone', 'w'), { name: 'SyntaxError' });

assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['uses-latest', 'y', 'z']);
performance.measure('null');
performance.clearMeasures(null);
assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['uses-latest', 'y', 'z']);
performance.clearMeasures('y');
assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['uses-latest', 'z']);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);

// Marks and measures made after clearing are listed again.
performance.mark('again');
assert.deepStrictEqual(names(performance.getEntries()), ['again']);
