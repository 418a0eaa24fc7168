'use strict';
// inspectOptions: the util.inspect options for everything the console formats (log's
// objects and %o/%O, dir, table cells), with colors from colorMode unless given.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const out = [];
const stdout = new EventEmitter();
stdout.write = (chunk) => out.push(chunk);
function logged(console, ...args) {
  console.log(...args);
  return out.pop();
}

const nested = { a: { b: { c: { d: 1 } } } };
assert.strictEqual(logged(new Console({ stdout, inspectOptions: { depth: 0 } }), nested),
                   '{ a: [Object] }\n');
assert.strictEqual(logged(new Console({ stdout, inspectOptions: { depth: 0, compact: false } }), nested),
                   '{\n  a: [Object]\n}\n');
assert.strictEqual(logged(new Console({ stdout, inspectOptions: { breakLength: 3 } }),
                          '%s %o %j', { a: 1 }, { b: 2 }, { c: 3 }),
                   '{\n  a: 1\n} {\n  b: 2\n} {"c":3}\n');
assert.strictEqual(logged(new Console({ stdout, inspectOptions: { colors: true } }), 1, [2]),
                   '\x1b[33m1\x1b[39m [ \x1b[33m2\x1b[39m ]\n');
assert.strictEqual(logged(new Console({ stdout, inspectOptions: { sorted: true } }), { b: 1, a: 2 }),
                   '{ a: 2, b: 1 }\n');
// Strings are still printed as they are.
assert.strictEqual(logged(new Console({ stdout, inspectOptions: { depth: 0 } }), 'text'), 'text\n');
