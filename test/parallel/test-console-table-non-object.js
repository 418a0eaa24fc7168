'use strict';
// console.table logs anything that is not an object (functions included) as console.log
// would; cells follow the console's inspectOptions and colors.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
const out = [];
stream.write = (chunk) => out.push(chunk);
const console = new Console(stream);

for (const [value, expected] of [
  ['hello', 'hello\n'],
  [42, '42\n'],
  [null, 'null\n'],
  [undefined, 'undefined\n'],
  [Symbol('s'), 'Symbol(s)\n'],
  [function named() {}, '[Function: named]\n'],
]) {
  out.length = 0;
  console.table(value);
  assert.deepStrictEqual(out, [expected]);
}
out.length = 0;
console.table();
assert.deepStrictEqual(out, ['undefined\n']);

// Colors apply to cells (and to iteration indexes, which are inspected numbers); widths
// ignore the escape codes.
out.length = 0;
new Console({ stdout: stream, colorMode: true }).table(new Map([['a', 1]]));
assert.deepStrictEqual(out, [[
  '┌───────────────────┬─────┬────────┐',
  '│ (iteration index) │ Key │ Values │',
  '├───────────────────┼─────┼────────┤',
  '│ \x1b[33m0\x1b[39m                 │ \x1b[32m\'a\'\x1b[39m │ \x1b[33m1\x1b[39m      │',
  '└───────────────────┴─────┴────────┘',
].join('\n') + '\n']);

// The console's inspectOptions win over the table's own one-line defaults.
out.length = 0;
new Console({ stdout: stream, inspectOptions: { maxArrayLength: 1 } }).table([{ l: [1, 2, 3] }]);
assert.deepStrictEqual(out, [[
  '┌─────────┬─────────────────────────┐',
  '│ (index) │ l                       │',
  '├─────────┼─────────────────────────┤',
  '│ 0       │ [ 1, ... 2 more items ] │',
  '└─────────┴─────────────────────────┘',
].join('\n') + '\n']);
