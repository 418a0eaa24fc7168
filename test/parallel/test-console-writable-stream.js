'use strict';
// new Console() needs streams with a write() method: ERR_CONSOLE_WRITABLE_STREAM otherwise.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const writable = new EventEmitter();
writable.write = () => true;

function notWritable(which) {
  return {
    code: 'ERR_CONSOLE_WRITABLE_STREAM',
    name: 'TypeError',
    message: `Console expects a writable stream instance for ${which}`,
  };
}

for (const args of [
  [],
  [undefined],
  [null],
  [{}],
  [{ stdout: {} }],
  [{ stdout: { write: 'not a function' } }],
  [{ stdout: null, stderr: writable }],
  [function write() {}],  // a function is an options object, not a stream
]) {
  assert.throws(() => new Console(...args), notWritable('stdout'));
}
for (const args of [
  [writable, {}],
  [writable, 1],
  [{ stdout: writable, stderr: {} }],
  [{ stdout: writable, stderr: null }],
]) {
  assert.throws(() => new Console(...args), notWritable('stderr'));
}

// write() may be inherited; nothing else is required to construct.
assert.ok(new Console(Object.create({ write() {} })) instanceof Console);
assert.ok(new Console({ stdout: { write() {} } }) instanceof Console);
// An undefined stderr means stdout.
assert.strictEqual(new Console(writable, undefined)._stderr, writable);
