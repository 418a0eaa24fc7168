'use strict';
// console.table's properties argument: which columns to show, and node's checks on it.
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

// Only the listed columns, in the listed order.
check([[{ a: 1, b: 2, c: 3 }, { a: 4, b: 5, c: 6 }], ['c', 'a']], [
  `┌─────────┬───┬───┐`,
  `│ (index) │ c │ a │`,
  `├─────────┼───┼───┤`,
  `│ 0       │ 3 │ 1 │`,
  `│ 1       │ 6 │ 4 │`,
  `└─────────┴───┴───┘`,
]);

// Listed columns appear even when no row has them.
check([[{ a: 1 }, { b: 2 }], ['b', 'z']], [
  `┌─────────┬───┬───┐`,
  `│ (index) │ b │ z │`,
  `├─────────┼───┼───┤`,
  `│ 0       │   │   │`,
  `│ 1       │ 2 │   │`,
  `└─────────┴───┴───┘`,
]);

// With properties, primitive rows get blank cells and no Values column.
check([[1, { a: 2 }], ['a']], [
  `┌─────────┬───┐`,
  `│ (index) │ a │`,
  `├─────────┼───┤`,
  `│ 0       │   │`,
  `│ 1       │ 2 │`,
  `└─────────┴───┘`,
]);

// An empty list leaves only the index column.
check([[{ a: 1 }], []], [
  `┌─────────┐`,
  `│ (index) │`,
  `├─────────┤`,
  `│ 0       │`,
  `└─────────┘`,
]);

// Repeated names make one column.
check([[{ a: 1 }], ['a', 'a']], [
  `┌─────────┬───┐`,
  `│ (index) │ a │`,
  `├─────────┼───┤`,
  `│ 0       │ 1 │`,
  `└─────────┴───┘`,
]);

// Names may be numbers.
check([[{ 1: 'one' }], [1]], [
  `┌─────────┬───────┐`,
  `│ (index) │ 1     │`,
  `├─────────┼───────┤`,
  `│ 0       │ 'one' │`,
  `└─────────┴───────┘`,
]);

// Inherited properties stay blank even when listed.
check([[Object.create({ inherited: 1 })], ['inherited']], [
  `┌─────────┬───────────┐`,
  `│ (index) │ inherited │`,
  `├─────────┼───────────┤`,
  `│ 0       │           │`,
  `└─────────┴───────────┘`,
]);

for (const [value, received] of [
  ['a', "Received type string ('a')"],
  [null, 'Received null'],
  [{}, 'Received an instance of Object'],
  [new Set(['a']), 'Received an instance of Set'],
]) {
  assert.throws(() => console.table([{ a: 1 }], value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "properties" argument must be an instance of Array. ${received}`,
  });
  // Checked even when there is nothing to tabulate.
  assert.throws(() => console.table('text', value), { code: 'ERR_INVALID_ARG_TYPE' });
}
