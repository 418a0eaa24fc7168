'use strict';
// Streams start with `_events` holding a slot for each usual event, in a plain object as node
// makes it (what util.inspect() of a stream shows); listeners go into those slots.
require('../common');
const assert = require('assert');
const util = require('util');
const { Readable, Writable, Duplex } = require('stream');

const cases = [
  [new Readable({ read() {} }), ['close', 'error', 'data', 'end', 'readable']],
  [new Writable({ write(chunk, encoding, callback) { callback(); } }),
   ['close', 'error', 'prefinish', 'finish', 'drain']],
  [new Duplex({ read() {}, write(chunk, encoding, callback) { callback(); } }),
   ['close', 'error', 'prefinish', 'finish', 'drain', 'data', 'end', 'readable']],
];
for (const [stream, slots] of cases) {
  assert.strictEqual(Object.getPrototypeOf(stream._events), Object.prototype);
  assert.deepStrictEqual(Object.keys(stream._events), slots);
  assert.match(util.inspect(stream._events), /^\{\n {2}close: undefined,/);
  const listener = () => {};
  stream.on('close', listener);
  assert.strictEqual(stream._events.close, listener);
  assert.strictEqual(stream.listenerCount('close'), 1);
  stream.off('close', listener);
  assert.strictEqual(stream.listenerCount('close'), 0);
}
