'use strict';
// Which stream each console method writes to: log, info, debug, dir, dirxml, table, count,
// time* and group go to stdout; warn, error, trace and assert to stderr. Each call writes
// one chunk ending in a newline.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function collector() {
  const stream = new EventEmitter();
  stream.chunks = [];
  stream.write = (chunk) => {
    stream.chunks.push(chunk);
    return true;
  };
  return stream;
}

const stdout = collector();
const stderr = collector();
const console = new Console(stdout, stderr);

console.log('log', 1);
console.info('info', 2);
console.debug('debug', 3);
console.dirxml('dirxml', 4);
console.dir('dir');
console.count('counted');
console.table([1]);
console.group('group');
console.groupEnd();
assert.strictEqual(stderr.chunks.length, 0);
assert.deepStrictEqual(stdout.chunks.slice(0, 7), [
  'log 1\n',
  'info 2\n',
  'debug 3\n',
  'dirxml 4\n',
  "'dir'\n",
  'counted: 1\n',
  '┌─────────┬────────┐\n│ (index) │ Values │\n├─────────┼────────┤\n' +
    '│ 0       │ 1      │\n└─────────┴────────┘\n',
]);
assert.deepStrictEqual(stdout.chunks.slice(7), ['group\n']);
stdout.chunks.length = 0;

console.warn('warn', 1);
console.error('error', 2);
console.assert(false, 'assert');
console.trace('trace');
assert.strictEqual(stdout.chunks.length, 0);
assert.deepStrictEqual(stderr.chunks.slice(0, 3), ['warn 1\n', 'error 2\n', 'Assertion failed: assert\n']);
assert.strictEqual(stderr.chunks.length, 4);
assert.ok(stderr.chunks[3].startsWith('Trace: trace\n    at '));
assert.ok(stderr.chunks[3].endsWith('\n'));

// With one stream, everything goes there.
const only = collector();
const single = new Console(only);
single.log('a');
single.error('b');
assert.deepStrictEqual(only.chunks, ['a\n', 'b\n']);

// An empty call still writes a line.
const empty = collector();
new Console(empty).log();
assert.deepStrictEqual(empty.chunks, ['\n']);
