'use strict';
// Buffer.concat(list[, totalLength]).
require('../common');
const assert = require('assert');

const a = Buffer.from('abcd');
const c = Buffer.from('abce');
assert.deepStrictEqual(Buffer.concat([]), Buffer.alloc(0));
assert.deepStrictEqual(Buffer.concat([], 5), Buffer.alloc(0));
assert.deepStrictEqual(Buffer.concat([a, c]), Buffer.from('abcdabce'));
assert.deepStrictEqual(Buffer.concat([a, c], 3), Buffer.from('abc'));
assert.deepStrictEqual(Buffer.concat([a, c], 6), Buffer.from('abcdab'));
assert.deepStrictEqual(Buffer.concat([a, c], 10), Buffer.from('abcdabce\0\0'));
assert.deepStrictEqual(Buffer.concat([a, c], 0), Buffer.alloc(0));
assert.deepStrictEqual(Buffer.concat([new Uint8Array([1]), a.subarray(1, 2)]), Buffer.from([1, 0x62]));
assert.deepStrictEqual(Buffer.concat([Buffer.alloc(0), a]), a);

// The result is a new buffer, even for one part.
const single = Buffer.concat([a]);
assert.notStrictEqual(single, a);
single[0] = 0;
assert.strictEqual(a[0], 0x61);
assert.ok(Buffer.isBuffer(Buffer.concat([new Uint8Array([1])])));

// Unzeroed memory never shows: a long total length pads with zeros.
const padded = Buffer.concat([Buffer.from('x')], 5000);
assert.strictEqual(padded.length, 5000);
assert.ok(padded.subarray(1).every((byte) => byte === 0));

// Many parts, big parts.
const parts = [];
for (let i = 0; i < 1000; i++) parts.push(Buffer.from([i & 0xff]));
const joined = Buffer.concat(parts);
assert.strictEqual(joined.length, 1000);
assert.strictEqual(joined[999], 999 & 0xff);
assert.strictEqual(Buffer.concat([Buffer.alloc(70000, 1), Buffer.alloc(70000, 2)]).length, 140000);

assert.throws(() => Buffer.concat('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "list" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.concat({ length: 1, 0: a }), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "list" argument must be an instance of Array. Received an instance of Object',
});
for (const [item, shown] of [['x', "type string ('x')"], [[1], 'an instance of Array'],
                             [new Uint16Array(1), 'an instance of Uint16Array']]) {
  assert.throws(() => Buffer.concat([a, item]), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "list[1]" argument must be an instance of Buffer or Uint8Array. Received ${shown}`,
  });
}
// Without a length, a missing part fails while the parts are measured.
assert.throws(() => Buffer.concat([a, null]), TypeError);
assert.throws(() => Buffer.concat([a, null], 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received null',
});
assert.throws(() => Buffer.concat([a, c], -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => Buffer.concat([a, c], '1'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "length" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.concat([a, c], 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "length" is out of range. It must be an integer. Received 1.5',
});
