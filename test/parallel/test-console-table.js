'use strict';
// console.table on arrays and objects: exact box drawing as in node 20, with left-aligned cells.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
const out = [];
stream.write = (chunk) => out.push(chunk);
const console = new Console(stream);

// console.table(...args) must write exactly these lines, as one chunk.
function check(args, lines) {
  out.length = 0;
  console.table(...args);
  assert.deepStrictEqual(out, [`${lines.join('\n')}\n`]);
}

// Rows of objects: one column per key, in order of appearance; missing keys are blank.
check([[{ a: 1, b: 'x' }, { a: 2, c: true }]], [
  `┌─────────┬───┬─────┬──────┐`,
  `│ (index) │ a │ b   │ c    │`,
  `├─────────┼───┼─────┼──────┤`,
  `│ 0       │ 1 │ 'x' │      │`,
  `│ 1       │ 2 │     │ true │`,
  `└─────────┴───┴─────┴──────┘`,
]);

// Cells are inspected on one line: nested objects shallowly, wide ones ([Object]) and long arrays cut.
check([[{ a: { b: 1 }, c: { d: [1, 2, { e: 3 }] }, f: { x: 1, y: 2, z: 3 }, g: [1, 2, 3, 4, 5] }]], [
  `┌─────────┬──────────┬────────────────┬──────────┬───────────────────────────────┐`,
  `│ (index) │ a        │ c              │ f        │ g                             │`,
  `├─────────┼──────────┼────────────────┼──────────┼───────────────────────────────┤`,
  `│ 0       │ { b: 1 } │ { d: [Array] } │ [Object] │ [ 1, 2, 3, ... 2 more items ] │`,
  `└─────────┴──────────┴────────────────┴──────────┴───────────────────────────────┘`,
]);

// Rows of primitives fill a Values column.
check([[1, 'two', true, null, undefined, 3n, Symbol('s')]], [
  `┌─────────┬───────────┐`,
  `│ (index) │ Values    │`,
  `├─────────┼───────────┤`,
  `│ 0       │ 1         │`,
  `│ 1       │ 'two'     │`,
  `│ 2       │ true      │`,
  `│ 3       │ null      │`,
  `│ 4       │ undefined │`,
  `│ 5       │ 3n        │`,
  `│ 6       │ Symbol(s) │`,
  `└─────────┴───────────┘`,
]);

// Objects and primitives mixed: Values comes last, array rows spread into index columns, and integer-like column names come first.
check([[{ a: 1 }, 5, 'str', [7, 8]]], [
  `┌─────────┬───┬───┬───┬────────┐`,
  `│ (index) │ 0 │ 1 │ a │ Values │`,
  `├─────────┼───┼───┼───┼────────┤`,
  `│ 0       │   │   │ 1 │        │`,
  `│ 1       │   │   │   │ 5      │`,
  `│ 2       │   │   │   │ 'str'  │`,
  `│ 3       │ 7 │ 8 │   │        │`,
  `└─────────┴───┴───┴───┴────────┘`,
]);

// An object: its keys index the rows.
check([{ r1: { x: 1 }, r2: { y: 2 }, r3: 'prim' }], [
  `┌─────────┬───┬───┬────────┐`,
  `│ (index) │ x │ y │ Values │`,
  `├─────────┼───┼───┼────────┤`,
  `│ r1      │ 1 │   │        │`,
  `│ r2      │   │ 2 │        │`,
  `│ r3      │   │   │ 'prim' │`,
  `└─────────┴───┴───┴────────┘`,
]);

// Integer-like keys come first, as in any object.
check([{ b: { a: 2 }, 1: { a: 1 } }], [
  `┌─────────┬───┐`,
  `│ (index) │ a │`,
  `├─────────┼───┤`,
  `│ 1       │ 1 │`,
  `│ b       │ 2 │`,
  `└─────────┴───┘`,
]);

// Only own enumerable string keys count.
check([[Object.defineProperty(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }), 'hidden', { value: 3 })]], [
  `┌─────────┬─────┐`,
  `│ (index) │ own │`,
  `├─────────┼─────┤`,
  `│ 0       │ 2   │`,
  `└─────────┴─────┘`,
]);

// Holes in arrays are skipped.
check([[1, , 3]], [
  `┌─────────┬────────┐`,
  `│ (index) │ Values │`,
  `├─────────┼────────┤`,
  `│ 0       │ 1      │`,
  `│ 2       │ 3      │`,
  `└─────────┴────────┘`,
]);

// Typed arrays are rows of numbers.
check([new Uint8Array([1, 2])], [
  `┌─────────┬────────┐`,
  `│ (index) │ Values │`,
  `├─────────┼────────┤`,
  `│ 0       │ 1      │`,
  `│ 1       │ 2      │`,
  `└─────────┴────────┘`,
]);

// Wide characters take two columns.
check([[{ name: '漢字', e: '😀' }, { name: 'ab' }]], [
  `┌─────────┬────────┬──────┐`,
  `│ (index) │ name   │ e    │`,
  `├─────────┼────────┼──────┤`,
  `│ 0       │ '漢字' │ '😀' │`,
  `│ 1       │ 'ab'   │      │`,
  `└─────────┴────────┴──────┘`,
]);

// Empty data: only the header.
check([[]], [
  `┌─────────┐`,
  `│ (index) │`,
  `├─────────┤`,
  `└─────────┘`,
]);

// Empty object.
check([{}], [
  `┌─────────┐`,
  `│ (index) │`,
  `├─────────┤`,
  `└─────────┘`,
]);

// Dates, strings with escapes and negative zero are shown as inspect shows them.
check([[{ d: new Date(0), s: 'x\ny', n: -0 }]], [
  `┌─────────┬──────────────────────────┬────────┬────┐`,
  `│ (index) │ d                        │ s      │ n  │`,
  `├─────────┼──────────────────────────┼────────┼────┤`,
  `│ 0       │ 1970-01-01T00:00:00.000Z │ 'x\\ny' │ -0 │`,
  `└─────────┴──────────────────────────┴────────┴────┘`,
]);

// A row key named like the index header is just another column.
check([[{ '(index)': 1, Values: 2 }]], [
  `┌─────────┬─────────┬────────┐`,
  `│ (index) │ (index) │ Values │`,
  `├─────────┼─────────┼────────┤`,
  `│ 0       │ 1       │ 2      │`,
  `└─────────┴─────────┴────────┘`,
]);
