'use strict';
// Console methods format like util.format: printf-style specifiers in a leading string,
// the other arguments inspected and joined with spaces.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
const lines = [];
stream.write = (chunk) => lines.push(chunk);
const console = new Console(stream);

function logged(...args) {
  console.log(...args);
  return lines.pop();
}

assert.strictEqual(
  logged('%s %d %i %f %j %o %O %c %%', 'str', 42.5, 42.5, '1.5', { a: 1 }, { b: [1] }, { c: 2 },
         'color: red', 'extra'),
  'str 42.5 42 1.5 {"a":1} { b: [ 1, [length]: 1 ] } { c: 2 }  % extra\n');
assert.strictEqual(logged('%s', Symbol('s'), 1n, null, undefined),
                   'Symbol(s) 1n null undefined\n');
assert.strictEqual(logged('%d %i', '0x10', 1n, 2n), '16 1n 2n\n');
assert.strictEqual(logged('%s:%s', 'only one'), 'only one:%s\n');
assert.strictEqual(logged({ a: 1 }, [1, 2], 'plain', 5), '{ a: 1 } [ 1, 2 ] plain 5\n');
assert.strictEqual(logged(5, '%s', 'x'), '5 %s x\n');
assert.strictEqual(logged('multi\nline'), 'multi\nline\n');
assert.strictEqual(logged({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }\n');
assert.strictEqual(logged(new Map([[1, 'one']])), "Map(1) { 1 => 'one' }\n");
assert.strictEqual(logged({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'custom'; } }),
                   'custom\n');
// %s uses a user-defined toString.
assert.strictEqual(logged('%s', { toString() { return 'x'; } }), 'x\n');
assert.strictEqual(logged('%s', 'a'.repeat(3), '%s'), 'aaa %s\n');

// warn and error format the same way.
console.error('%s=%d', 'n', 1);
assert.strictEqual(lines.pop(), 'n=1\n');
