'use strict';
// High-water marks: defaults, per-side options, validation, and the process-wide defaults.
require('../common');
const assert = require('assert');
const stream = require('stream');
const { Readable, Writable, Duplex, Transform, getDefaultHighWaterMark, setDefaultHighWaterMark } = stream;

assert.strictEqual(getDefaultHighWaterMark(false), 16 * 1024);
assert.strictEqual(getDefaultHighWaterMark(true), 16);
assert.strictEqual(new Readable().readableHighWaterMark, 16384);
assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 16);
assert.strictEqual(new Readable({ highWaterMark: 0 }).readableHighWaterMark, 0);
assert.strictEqual(new Readable({ highWaterMark: 2.0 }).readableHighWaterMark, 2);

// A plain Readable/Writable ignores the side-specific options.
assert.strictEqual(new Readable({ readableHighWaterMark: 5 }).readableHighWaterMark, 16384);
assert.strictEqual(new Writable({ writableHighWaterMark: 5 }).writableHighWaterMark, 16384);

// A readable high-water mark of 0 on a Transform does not carry over to its writable side.
const t = new Transform({ readableHighWaterMark: 0 });
assert.strictEqual(t.readableHighWaterMark, 0);
assert.strictEqual(t.writableHighWaterMark, 0);
const t2 = new Transform({ highWaterMark: 0, writableHighWaterMark: 7 });
assert.strictEqual(t2.readableHighWaterMark, 0);
assert.strictEqual(t2.writableHighWaterMark, 7);

for (const bad of [-1, 1.5, NaN, '5', {}, true]) {
  assert.throws(() => new Readable({ highWaterMark: bad }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: /^The property 'options\.highWaterMark' is invalid\. Received /,
  });
  assert.throws(() => new Duplex({ highWaterMark: bad }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The property 'options\.readableHighWaterMark' is invalid\. Received /,
  });
  assert.throws(() => new Duplex({ writableHighWaterMark: bad }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: /^The property 'options\.writableHighWaterMark' is invalid\. Received /,
  });
}
assert.throws(() => new Readable({ highWaterMark: -1 }), {
  message: "The property 'options.highWaterMark' is invalid. Received -1",
});

assert.throws(() => setDefaultHighWaterMark(false, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => setDefaultHighWaterMark(true, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

setDefaultHighWaterMark(false, 1024);
setDefaultHighWaterMark(true, 3);
assert.strictEqual(getDefaultHighWaterMark(false), 1024);
assert.strictEqual(new Readable().readableHighWaterMark, 1024);
assert.strictEqual(new Writable({ objectMode: true }).writableHighWaterMark, 3);
assert.strictEqual(Readable.from([]).readableHighWaterMark, 1);
