'use strict';
// buffer.isUtf8 and buffer.isAscii.
require('../common');
const assert = require('assert');
const { isUtf8, isAscii } = require('buffer');

const valid = ['', 'a', '\u00e9', '\u20ac', '\u{1f600}', '\u{10ffff}', '\ud7ff', '\ue000', 'abc\u00e9\u20ac\u{1f600}'];
for (const text of valid) assert.strictEqual(isUtf8(Buffer.from(text)), true, text);
const invalid = ['ff', 'c0af', 'c1bf', 'e282', 'eda080', 'edbfbf', 'f4908080', 'f5808080', 'e08080', 'f0808080',
                 '80', 'c3', 'f09f98', '61ff', 'c328', 'e228a1'];
for (const bytes of invalid) assert.strictEqual(isUtf8(Buffer.from(bytes, 'hex')), false, bytes);
// Long runs of ASCII with one bad byte anywhere.
for (let position = 0; position < 40; position++) {
  const bytes = Buffer.alloc(40, 0x61);
  bytes[position] = 0x80;
  assert.strictEqual(isUtf8(bytes), false);
  assert.strictEqual(isAscii(bytes), false);
  bytes[position] = 0x7f;
  assert.strictEqual(isAscii(bytes), true);
}

assert.strictEqual(isAscii(Buffer.from('hello')), true);
assert.strictEqual(isAscii(Buffer.from([0x80])), false);
assert.strictEqual(isAscii(Buffer.alloc(0)), true);

// Typed arrays and (shared) array buffers are accepted.
assert.strictEqual(isUtf8(new Uint16Array([0x6261])), true);
assert.strictEqual(isUtf8(new Uint8Array([0xc3, 0xa9]).buffer), true);
assert.strictEqual(isUtf8(new SharedArrayBuffer(1)), true);
assert.strictEqual(isAscii(new Float64Array(1)), true);
for (const [value, shown] of [['a', "type string ('a')"], [new DataView(new ArrayBuffer(1)), 'an instance of DataView'],
                              [undefined, 'undefined'], [[1], 'an instance of Array']]) {
  for (const check of [isUtf8, isAscii]) {
    assert.throws(() => check(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received ${shown}`,
    });
  }
}
// A detached buffer cannot be checked (detaching needs structuredClone).
const detached = new ArrayBuffer(4);
if (typeof structuredClone === 'function') structuredClone(detached, { transfer: [detached] });
for (const check of typeof structuredClone === 'function' ? [isUtf8, isAscii] : []) {
  assert.throws(() => check(detached), (error) => {
    assert.strictEqual(error.code, 'ERR_INVALID_STATE');
    assert.strictEqual(error.message, 'Cannot validate on a detached buffer');
    return true;
  });
}
