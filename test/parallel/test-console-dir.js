'use strict';
// console.dir(object, options) prints util.inspect(object) with custom inspection off unless
// asked for; its options override the console's inspectOptions.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');
const { inspect } = require('util');

const stream = new EventEmitter();
const out = [];
stream.write = (chunk) => out.push(chunk);
const console = new Console(stream);

function dir(...args) {
  console.dir(...args);
  return out.pop();
}

const nested = { a: { b: { c: { d: 1 } } } };
const custom = { [inspect.custom]() { return 'CUSTOM'; } };
assert.strictEqual(dir(nested), '{ a: { b: { c: [Object] } } }\n');
assert.strictEqual(dir(nested, { depth: 0 }), '{ a: [Object] }\n');
assert.strictEqual(dir(nested, { depth: null }), '{\n  a: { b: { c: { d: 1 } } }\n}\n');
assert.strictEqual(dir('str'), "'str'\n");
assert.strictEqual(dir(), 'undefined\n');
assert.strictEqual(dir({ a: 1 }, null), '{ a: 1 }\n');
assert.strictEqual(dir('%s', 'ignored'), "'%s'\n");
assert.strictEqual(dir(custom), '{\n  [Symbol(nodejs.util.inspect.custom)]: ' +
                                '[Function: [nodejs.util.inspect.custom]]\n}\n');
assert.strictEqual(dir(custom, { customInspect: true }), 'CUSTOM\n');
assert.strictEqual(dir({ x: 1 }, { colors: true }), '{ x: \x1b[33m1\x1b[39m }\n');
assert.strictEqual(dir([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]\n');
assert.strictEqual(dir({ a: 1, b: 'x' }, { compact: false }), "{\n  a: 1,\n  b: 'x'\n}\n");

// Only log goes through custom inspection by default.
console.log(custom);
assert.strictEqual(out.pop(), 'CUSTOM\n');

// The console's inspectOptions apply, and dir's own options win over them.
const shallow = new Console({ stdout: stream, inspectOptions: { depth: 0 } });
shallow.dir(nested);
assert.strictEqual(out.pop(), '{ a: [Object] }\n');
shallow.dir(nested, { depth: 5 });
assert.strictEqual(out.pop(), '{\n  a: { b: { c: { d: 1 } } }\n}\n');
