'use strict';
// The global console: a plain object (a Console only by instanceof) with bound, named
// methods in node's order, writing to process.stdout and process.stderr, plus the methods
// V8 provides for an inspector.
require('../common');
const assert = require('assert');
const { Console } = console;

assert.strictEqual(require('console'), console);
assert.strictEqual(require('node:console'), console);
assert.strictEqual(Object.prototype.toString.call(console), '[object console]');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(console, Symbol.toStringTag), {
  value: 'console', writable: false, enumerable: false, configurable: true,
});
assert.ok(console instanceof Console);
assert.notStrictEqual(Object.getPrototypeOf(console), Console.prototype);
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(console)), Object.prototype);
assert.ok(!({} instanceof Console));
assert.strictEqual(typeof Console, 'function');

assert.deepStrictEqual(Object.keys(console), [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error',
  'groupCollapsed', 'Console', 'profile', 'profileEnd', 'timeStamp', 'context', 'createTask',
]);
for (const name of Object.keys(Console.prototype)) {
  assert.strictEqual(console[name].name, name);
  assert.notStrictEqual(console[name], Console.prototype[name]);
}

assert.strictEqual(console._stdout, process.stdout);
assert.strictEqual(console._stderr, process.stderr);
assert.strictEqual(console._ignoreErrors, true);
for (const name of ['_stdout', '_stderr', '_ignoreErrors', '_times']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(console, name).enumerable, false, name);
}

// Methods work detached; they write through whatever _stdout and _stderr are now.
const written = [];
const saved = [console._stdout, console._stderr];
const fake = (prefix) => ({
  write: (chunk) => written.push(prefix + chunk),
  listenerCount: () => 1,
  once() {},
  removeListener() {},
});
console._stdout = fake('out:');
console._stderr = fake('err:');
const { log, error } = console;
log('a %d', 1);
error('b');
[console._stdout, console._stderr] = saved;
assert.deepStrictEqual(written, ['out:a 1\n', 'err:b\n']);

// Without an inspector these do nothing.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  assert.strictEqual(console[name]('label'), undefined);
  assert.strictEqual(console[name].name, name);
}
assert.strictEqual(console.context.length, 1);
assert.strictEqual(typeof console.context('name').log, 'function');
const task = console.createTask('task name');
assert.strictEqual(task.run(() => 42), 42);
assert.throws(() => console.createTask(), {
  name: 'Error', message: 'First argument must be a non-empty string.',
});
assert.throws(() => console.createTask(''), { message: 'First argument must be a non-empty string.' });
