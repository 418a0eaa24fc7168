'use strict';
// Conversions of strings and buffers past a megabyte (which lode hands to V8 as external
// strings), and the too-long error.
require('../common');
const assert = require('assert');
const { kStringMaxLength } = require('buffer');

const size = 3 * 1024 * 1024;
const bytes = Buffer.alloc(size);
for (let i = 0; i < size; i++) bytes[i] = (i * 7) & 0xff;

for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const text = bytes.toString(encoding);
  const back = Buffer.from(text, encoding);
  assert.ok(back.equals(bytes), encoding);
  // The string behaves like any other.
  assert.strictEqual(text.slice(0, 2), bytes.subarray(0, 6).toString(encoding).slice(0, 2));
  assert.strictEqual(`${text}!`.length, text.length + 1);
}
const ascii = Buffer.alloc(size, 'abc');
assert.strictEqual(ascii.toString(), 'abc'.repeat(size / 3));
assert.strictEqual(ascii.toString('ascii'), 'abc'.repeat(size / 3));
const highBytes = Buffer.alloc(size, 0xe9);
assert.strictEqual(highBytes.toString('ascii'), 'i'.repeat(size));
const utf8 = '\u00e9\u{1f600}x'.repeat(400000);
assert.strictEqual(Buffer.from(utf8).toString(), utf8);
assert.strictEqual(Buffer.byteLength(utf8), 7 * 400000);

// Beyond the longest string V8 allows.
const tooLong = Buffer.alloc(Math.ceil((kStringMaxLength + 1) / 2));
assert.throws(() => tooLong.toString('hex'), (error) => {
  assert.strictEqual(error.name, 'Error');
  assert.strictEqual(error.code, 'ERR_STRING_TOO_LONG');
  assert.strictEqual(error.message, 'Cannot create a string longer than 0x1fffffe8 characters');
  return true;
});
