'use strict';
// console.assert writes "Assertion failed" (with the first argument after a colon, then the
// rest formatted as by warn) to stderr when the expression is falsy, and nothing otherwise.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stdout = new EventEmitter();
stdout.write = () => assert.fail('console.assert writes to stderr');
const stderr = new EventEmitter();
const out = [];
stderr.write = (chunk) => out.push(chunk);
const console = new Console(stdout, stderr);

for (const truthy of [true, 1, 'x', {}, [], Symbol('s')]) {
  assert.strictEqual(console.assert(truthy, 'not shown'), undefined);
}
assert.deepStrictEqual(out, []);

console.assert(false);
console.assert();
console.assert(0, 'message');
console.assert(null, 'msg %s', 'arg');
console.assert('', 'a', 'b');
console.assert(false, { a: 1 });  // the first argument becomes a string
console.assert(false, 123, { b: 2 });
console.assert(NaN, 'x %d', 5, 'extra');
console.assert(undefined, undefined);
assert.deepStrictEqual(out, [
  'Assertion failed\n',
  'Assertion failed\n',
  'Assertion failed: message\n',
  'Assertion failed: msg arg\n',
  'Assertion failed: a b\n',
  'Assertion failed: [object Object]\n',
  'Assertion failed: 123 { b: 2 }\n',
  'Assertion failed: x 5 extra\n',
  'Assertion failed: undefined\n',
]);
assert.throws(() => console.assert(false, Symbol('s')), TypeError);

// It goes through the console's own warn().
out.length = 0;
const calls = [];
class Recording extends Console {
  warn(...args) { calls.push(args); }
}
new Recording(stdout, stderr).assert(false, 'a', 1);
assert.deepStrictEqual(calls, [['Assertion failed: a', 1]]);
assert.deepStrictEqual(out, []);
