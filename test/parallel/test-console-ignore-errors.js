'use strict';
// ignoreErrors (the default): errors from the streams never reach the caller, neither thrown
// by write() nor emitted as 'error' events afterwards. With ignoreErrors: false they do.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

function throwingStream() {
  const stream = new EventEmitter();
  stream.calls = [];
  stream.write = function(chunk, ...rest) {
    stream.calls.push([chunk, rest.length, typeof rest[0], this.listenerCount('error')]);
    throw new Error('write failed');
  };
  return stream;
}

// Thrown errors are swallowed; write() gets a callback, and while it runs a no-op 'error'
// listener is in place (removed afterwards).
const quiet = throwingStream();
const console = new Console(quiet);
assert.strictEqual(console.log('x'), undefined);
console.error('y');
assert.deepStrictEqual(quiet.calls, [['x\n', 1, 'function', 1], ['y\n', 1, 'function', 1]]);
assert.strictEqual(quiet.listenerCount('error'), 0);

// A stream that already has 'error' listeners gets no extra one.
const listened = throwingStream();
listened.on('error', common.mustNotCall());
new Console(listened).log('z');
assert.deepStrictEqual(listened.calls, [['z\n', 1, 'function', 1]]);
assert.strictEqual(listened.listenerCount('error'), 1);

// An error reported later, through the write callback, is followed by an 'error' event
// that the console absorbs.
const late = new EventEmitter();
late._writableState = { errorEmitted: false };
let callback;
late.write = (chunk, cb) => { callback = cb; return true; };
new Console(late).log('later');
assert.strictEqual(late.listenerCount('error'), 0);
const error = new Error('async failure');
callback(error);
assert.strictEqual(late.listenerCount('error'), 1);
late.emit('error', error);  // would throw without the console's listener
assert.strictEqual(late.listenerCount('error'), 0);
callback(null);  // success adds nothing
assert.strictEqual(late.listenerCount('error'), 0);

// ignoreErrors: false passes write()'s exceptions on, and write() gets no callback.
const loud = throwingStream();
const strict = new Console({ stdout: loud, ignoreErrors: false });
assert.throws(() => strict.log('x'), { message: 'write failed' });
assert.throws(() => strict.warn('y'), { message: 'write failed' });
assert.deepStrictEqual(loud.calls, [['x\n', 0, 'undefined', 0], ['y\n', 0, 'undefined', 0]]);

// Methods return undefined even when write() returns something.
const returning = new EventEmitter();
returning.write = () => 'returned';
const plain = new Console({ stdout: returning, ignoreErrors: false });
assert.strictEqual(plain.log('x'), undefined);
assert.strictEqual(plain.warn('x'), undefined);
