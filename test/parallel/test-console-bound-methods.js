'use strict';
// Every Console method is bound to its console and keeps its name, so methods work when
// taken off the object; they are looked up on the instance at construction, so a subclass's
// overrides are the ones bound.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const methodNames = [
  'log', 'warn', 'dir', 'time', 'timeEnd', 'timeLog', 'trace', 'assert', 'clear', 'count',
  'countReset', 'group', 'groupEnd', 'table', 'debug', 'info', 'dirxml', 'error',
  'groupCollapsed',
];

assert.deepStrictEqual(Object.keys(Console.prototype), methodNames);
assert.deepStrictEqual(Object.getOwnPropertyNames(Console.prototype), ['constructor', ...methodNames]);
// The aliases are the same functions.
assert.strictEqual(Console.prototype.debug, Console.prototype.log);
assert.strictEqual(Console.prototype.info, Console.prototype.log);
assert.strictEqual(Console.prototype.dirxml, Console.prototype.log);
assert.strictEqual(Console.prototype.error, Console.prototype.warn);
assert.strictEqual(Console.prototype.groupCollapsed, Console.prototype.group);

const out = [];
const stdout = new EventEmitter();
stdout.write = (chunk) => out.push(chunk);
const console = new Console(stdout);
assert.deepStrictEqual(Object.keys(console), methodNames);
for (const name of methodNames) {
  const descriptor = Object.getOwnPropertyDescriptor(console, name);
  assert.strictEqual(typeof descriptor.value, 'function');
  assert.strictEqual(descriptor.enumerable, true);
  assert.strictEqual(descriptor.writable, true);
  assert.strictEqual(descriptor.value.name, name);
  assert.notStrictEqual(descriptor.value, Console.prototype[name]);
}

const { log, error, group, groupEnd, count, time, timeEnd, table } = console;
group('g');
log('taken off', 1);
error('error too');
groupEnd();
count();
table([1]);
assert.deepStrictEqual(out.slice(0, 4), ['g\n', '  taken off 1\n', '  error too\n', 'default: 1\n']);
assert.strictEqual(out.length, 5);
time('t');
timeEnd('t');
assert.match(out.at(-1), /^t: [\d.]+ms\n$/);
[1, 2].forEach(log);
assert.deepStrictEqual(out.slice(-2), ['1 0 [ 1, 2 ]\n', '2 1 [ 1, 2 ]\n']);

// Subclasses: overrides are bound, and the console is an instance of both.
class Prefixed extends Console {
  log(...args) { super.log('[prefixed]', ...args); }
}
const prefixed = new Prefixed(stdout);
assert.ok(prefixed instanceof Prefixed);
assert.ok(prefixed instanceof Console);
const { log: prefixedLog } = prefixed;
assert.strictEqual(prefixedLog.name, 'log');
prefixedLog('x');
assert.strictEqual(out.at(-1), '[prefixed] x\n');
// count() calls this.log, so it goes through the override.
prefixed.count('c');
assert.strictEqual(out.at(-1), '[prefixed] c: 1\n');
