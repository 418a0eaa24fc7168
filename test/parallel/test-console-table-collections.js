'use strict';
// console.table on Maps, Sets and their iterators.
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

// A Map: iteration index, Key and Values columns; values are not spread into columns.
check([new Map([['k1', { a: 1 }], [{ o: 1 }, 'v2'], [3, 4]])], [
  `┌───────────────────┬──────────┬──────────┐`,
  `│ (iteration index) │ Key      │ Values   │`,
  `├───────────────────┼──────────┼──────────┤`,
  `│ 0                 │ 'k1'     │ { a: 1 } │`,
  `│ 1                 │ { o: 1 } │ 'v2'     │`,
  `│ 2                 │ 3        │ 4        │`,
  `└───────────────────┴──────────┴──────────┘`,
]);

// A Set: iteration index and Values.
check([new Set([1, { a: 2 }, 'x'])], [
  `┌───────────────────┬──────────┐`,
  `│ (iteration index) │ Values   │`,
  `├───────────────────┼──────────┤`,
  `│ 0                 │ 1        │`,
  `│ 1                 │ { a: 2 } │`,
  `│ 2                 │ 'x'      │`,
  `└───────────────────┴──────────┘`,
]);

// Map and Set iterators are shown like their collections.
check([new Map([['a', 1], ['b', 2]]).entries()], [
  `┌───────────────────┬─────┬────────┐`,
  `│ (iteration index) │ Key │ Values │`,
  `├───────────────────┼─────┼────────┤`,
  `│ 0                 │ 'a' │ 1      │`,
  `│ 1                 │ 'b' │ 2      │`,
  `└───────────────────┴─────┴────────┘`,
]);

// A Map's keys() iterator lists the keys as values.
check([new Map([['a', 1]]).keys()], [
  `┌───────────────────┬────────┐`,
  `│ (iteration index) │ Values │`,
  `├───────────────────┼────────┤`,
  `│ 0                 │ 'a'    │`,
  `└───────────────────┴────────┘`,
]);

// A Set iterator.
check([new Set([5, 6]).values()], [
  `┌───────────────────┬────────┐`,
  `│ (iteration index) │ Values │`,
  `├───────────────────┼────────┤`,
  `│ 0                 │ 5      │`,
  `│ 1                 │ 6      │`,
  `└───────────────────┴────────┘`,
]);

// properties does not apply to Maps and Sets.
check([new Map([['a', { x: 1, y: 2 }]]), ['y']], [
  `┌───────────────────┬─────┬────────────────┐`,
  `│ (iteration index) │ Key │ Values         │`,
  `├───────────────────┼─────┼────────────────┤`,
  `│ 0                 │ 'a' │ { x: 1, y: 2 } │`,
  `└───────────────────┴─────┴────────────────┘`,
]);

// Nor to Sets.
check([new Set([{ x: 1, y: 2 }]), ['y']], [
  `┌───────────────────┬────────────────┐`,
  `│ (iteration index) │ Values         │`,
  `├───────────────────┼────────────────┤`,
  `│ 0                 │ { x: 1, y: 2 } │`,
  `└───────────────────┴────────────────┘`,
]);

// An empty Map.
check([new Map()], [
  `┌───────────────────┬─────┬────────┐`,
  `│ (iteration index) │ Key │ Values │`,
  `├───────────────────┼─────┼────────┤`,
  `└───────────────────┴─────┴────────┘`,
]);

// Other iterators are plain objects without keys.
check([[1, 2].values()], [
  `┌─────────┐`,
  `│ (index) │`,
  `├─────────┤`,
  `└─────────┘`,
]);
