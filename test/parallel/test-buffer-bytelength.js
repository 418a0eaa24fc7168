'use strict';
// Buffer.byteLength, Buffer.isEncoding and Buffer.isBuffer.
require('../common');
const assert = require('assert');

assert.strictEqual(Buffer.byteLength('\u00e9'), 2);
assert.strictEqual(Buffer.byteLength('\u00e9', 'latin1'), 1);
assert.strictEqual(Buffer.byteLength('\u00e9\u0100', 'binary'), 2);
assert.strictEqual(Buffer.byteLength('a\u00e9', 'ascii'), 2);
assert.strictEqual(Buffer.byteLength('ab', 'ucs2'), 4);
assert.strictEqual(Buffer.byteLength('abc', 'utf-16le'), 6);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('\u{1f600}'), 4);
assert.strictEqual(Buffer.byteLength('\ud83d\ude00\ud83d'), 7);
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength('', 'bad'), 0);
// hex and base64 are estimated from the length, as node does.
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('abc', 'HEX'), 1);
assert.strictEqual(Buffer.byteLength('zzzz', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('YQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('YQ', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('Y', 'base64'), 0);
assert.strictEqual(Buffer.byteLength('YQ%3D', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('YQ=\n', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('YWJjZA===', 'base64'), 5);
assert.strictEqual(Buffer.byteLength('YWJj ZA = =', 'base64'), 7);
assert.strictEqual(Buffer.byteLength('abcd', 'base64url'), 3);
assert.strictEqual(Buffer.byteLength('=', 'base64'), 0);
// An unknown or non-string encoding counts utf8.
assert.strictEqual(Buffer.byteLength('a\u00e9\ud83d', 'Bad'), 6);
assert.strictEqual(Buffer.byteLength('ab', 5), 2);
assert.strictEqual(Buffer.byteLength('abcd', { toString() { return 'hex'; } }), 2);
// Views and buffers give their byte length.
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new SharedArrayBuffer(3)), 3);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(5))), 5);
assert.strictEqual(Buffer.byteLength(Buffer.from('abc')), 3);
for (const [value, shown] of [[5, 'type number (5)'], [{}, 'an instance of Object'], [undefined, 'undefined'],
                              [[1], 'an instance of Array']]) {
  assert.throws(() => Buffer.byteLength(value), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
    message: `The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received ${shown}`,
  });
}

// isEncoding: a non-empty string naming one of Buffer's encodings, in any case.
const encodings = ['utf8', 'UTF-8', 'utf-16le', 'UTF16LE', 'ucs-2', 'Ucs2', 'binary', 'latin1', 'base64',
                   'base64url', 'hex', 'HEX', 'ascii'];
for (const name of encodings) assert.strictEqual(Buffer.isEncoding(name), true, name);
for (const name of ['utf-16', 'utf16', '', 'bad', 5, null, undefined, {}, 'latin-1', 'utf 8']) {
  assert.strictEqual(Buffer.isEncoding(name), false, String(name));
}

// isBuffer: Buffer instances (and subclass instances) only.
assert.strictEqual(Buffer.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer(null), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.isBuffer(Object.setPrototypeOf(new Uint8Array(1), Buffer.prototype)), true);
