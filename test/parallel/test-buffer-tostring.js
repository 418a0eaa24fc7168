'use strict';
// buf.toString(encoding, start, end): how start and end are read, encoding names, errors.
require('../common');
const assert = require('assert');

const b = Buffer.from('hello world');
assert.strictEqual(b.toString(), 'hello world');
assert.strictEqual(b.toString(undefined, 2, 5), 'llo');
assert.strictEqual(b.toString('hex', -1, 100), '68656c6c6f20776f726c64');
assert.strictEqual(b.toString('utf8', '2', '4'), 'll');
assert.strictEqual(b.toString('utf8', 5, 2), '');
assert.strictEqual(b.toString('utf8', NaN, NaN), '');
assert.strictEqual(b.toString('utf8', 1.5, 3.9), 'el');
assert.strictEqual(b.toString('utf8', 20), '');
assert.strictEqual(b.toString('utf8', {}), 'hello world');
assert.strictEqual(b.toString('utf8', 0, Infinity), 'hello world');
assert.strictEqual(b.toString('utf8', -Infinity), 'hello world');
assert.strictEqual(b.toString('utf8', 2, 'x'), '');
assert.strictEqual(b.toString('utf8', null, null), '');
assert.strictEqual(b.toString('utf8', undefined, undefined), 'hello world');
// The encoding is only looked at when there is something to decode.
assert.strictEqual(b.toString('bad', 5, 2), '');
assert.strictEqual(b.toString('bad', 20), '');
assert.throws(() => b.toString('utf8', 2n), { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });

// Encoding names: any case, and any value that stringifies to one.
assert.strictEqual(b.toString('UTF-8'), 'hello world');
assert.strictEqual(b.toString('Hex'), '68656c6c6f20776f726c64');
assert.strictEqual(b.toString('UCS-2'), '\u6568\u6c6c\u206f\u6f77\u6c72');
assert.strictEqual(b.toString('utf16le', 0, 3), '\u6568');
assert.strictEqual(b.toString('binary'), 'hello world');
assert.strictEqual(b.toString('BASE64URL'), 'aGVsbG8gd29ybGQ');
assert.strictEqual(b.toString({ toString() { return 'hex'; } }, 0, 1), '68');
for (const [encoding, shown] of [['bad', 'bad'], [null, 'null'], [5, '5'], ['', ''], ['utf-16', 'utf-16']]) {
  assert.throws(() => b.toString(encoding), {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: `Unknown encoding: ${shown}`,
  });
}
assert.throws(() => b.toString(Symbol('x')), { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });

// toLocaleString is toString.
assert.strictEqual(Buffer.prototype.toLocaleString, Buffer.prototype.toString);
assert.strictEqual(b.toLocaleString('hex', 0, 2), '6865');

// Empty and sliced buffers.
assert.strictEqual(Buffer.alloc(0).toString(), '');
assert.strictEqual(Buffer.alloc(0).toString('base64'), '');
assert.strictEqual(b.subarray(6).toString('latin1'), 'world');
assert.strictEqual(b.subarray(6, 8).toString('base64'), 'd28=');
