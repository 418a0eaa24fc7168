'use strict';
// process.argv starts with the absolute path of the runtime, then the absolute path of the
// script; process.argv0 keeps the original argv[0]; execArgv holds the runtime's own flags.
require('../common');
const assert = require('assert');
const path = require('path');

assert.ok(Array.isArray(process.argv));
assert.ok(process.argv.length >= 2);
assert.strictEqual(process.argv[0], process.execPath);
assert.strictEqual(process.argv[1], __filename);
assert.ok(path.isAbsolute(process.argv[1]));
for (const arg of process.argv) assert.strictEqual(typeof arg, 'string');

assert.strictEqual(typeof process.execPath, 'string');
assert.ok(path.isAbsolute(process.execPath));

assert.strictEqual(typeof process.argv0, 'string');
assert.notStrictEqual(process.argv0, '');

assert.ok(Array.isArray(process.execArgv));
for (const arg of process.execArgv) assert.strictEqual(typeof arg, 'string');
// The runtime's flags are not repeated in argv.
for (const arg of process.execArgv) assert.ok(!process.argv.slice(2).includes(arg) || arg === '--');

// argv0 is fixed; the others are plain, writable data properties.
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process, 'argv0'), {
  value: process.argv0, writable: false, enumerable: true, configurable: false,
});
assert.throws(() => { process.argv0 = 'other'; }, TypeError);
for (const name of ['argv', 'execArgv', 'execPath']) {
  const descriptor = Object.getOwnPropertyDescriptor(process, name);
  assert.strictEqual(descriptor.writable, true, name);
  assert.strictEqual(descriptor.enumerable, true, name);
}
process.argv.push('extra');
assert.strictEqual(process.argv.at(-1), 'extra');
