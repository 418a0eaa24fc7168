'use strict';
// console.trace writes "Trace: <formatted message>" and the stack of its caller to stderr,
// through the console's error().
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stream = new EventEmitter();
const out = [];
stream.write = (chunk) => out.push(chunk);
const stdout = new EventEmitter();
stdout.write = () => assert.fail('console.trace writes to stderr');
const console = new Console({ stdout, stderr: stream });

function callerOfTrace() {
  console.trace('value %d', 42, { a: 1 });
}
callerOfTrace();
assert.strictEqual(out.length, 1);
const lines = out[0].split('\n');
assert.strictEqual(lines[0], 'Trace: value 42 { a: 1 }');
assert.match(lines[1], /^ {4}at callerOfTrace \(.*test-console-trace\.js:\d+:\d+\)$/);
assert.strictEqual(lines.at(-1), '');
assert.ok(!out[0].includes('at Console.trace'));
assert.ok(!out[0].includes('at trace'));

// Without arguments, just "Trace".
out.length = 0;
console.trace();
assert.strictEqual(out[0].split('\n')[0], 'Trace');

// Inside a group, every line is indented.
out.length = 0;
console.group();
callerOfTrace();
console.groupEnd();
const grouped = out[0].split('\n');
assert.strictEqual(grouped[0], '  Trace: value 42 { a: 1 }');
assert.match(grouped[1], /^ {6}at callerOfTrace /);

// The output goes through error(), so a subclass can take it.
const seen = [];
class Recording extends Console {
  error(...args) { seen.push(args); }
}
new Recording(stream).trace('x');
assert.strictEqual(seen.length, 1);
assert.strictEqual(seen[0].length, 1);
assert.ok(seen[0][0].startsWith('Trace: x\n    at '));
