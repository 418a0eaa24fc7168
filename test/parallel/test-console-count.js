'use strict';
// console.count prints "label: n" (labels are converted to strings, 'default' when absent);
// countReset starts a label over, and warns about a label it does not know.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
const out = [];
stream.write = (chunk) => out.push(chunk);
const console = new Console(stream);

console.count();
console.count();
console.count('x');
console.count(undefined);
console.count(null);
console.count({});
console.count(1);
console.count('1');
console.count('%s');
console.countReset();
console.count();
console.countReset('x');
console.count('x');
assert.deepStrictEqual(out, [
  'default: 1\n',
  'default: 2\n',
  'x: 1\n',
  'default: 3\n',
  'null: 1\n',
  '[object Object]: 1\n',
  '1: 1\n',
  '1: 2\n',
  '%s: 1\n',
  'default: 1\n',
  'x: 1\n',
]);
assert.throws(() => console.count(Symbol('s')), TypeError);

// Counts belong to each console.
out.length = 0;
new Console(stream).count('x');
assert.deepStrictEqual(out, ['x: 1\n']);

common.expectWarning('Warning', [
  "Count for 'nope' does not exist",
  "Count for 'default' does not exist",
  "Count for 'null' does not exist",
]);
out.length = 0;
const fresh = new Console(stream);
fresh.countReset('nope');
fresh.countReset();
fresh.countReset(null);
assert.deepStrictEqual(out, []);
