'use strict';
// Buffer.from: strings, arrays and array-likes, ArrayBuffers (shared memory), buffers and
// typed arrays (copied), objects with valueOf / Symbol.toPrimitive, and the errors.
require('../common');
const assert = require('assert');

// Strings: the encoding argument is optional and may be of any case; non-strings mean utf8.
assert.deepStrictEqual([...Buffer.from('héllo')], [0x68, 0xc3, 0xa9, 0x6c, 0x6c, 0x6f]);
assert.deepStrictEqual(Buffer.from('ab', 5), Buffer.from('ab'));
assert.deepStrictEqual(Buffer.from('ab', null), Buffer.from('ab'));
assert.deepStrictEqual(Buffer.from('ab', ''), Buffer.from('ab'));
assert.deepStrictEqual(Buffer.from('ab', {}), Buffer.from('ab'));
assert.deepStrictEqual(Buffer.from('abcd', 'HEX'), Buffer.from([0xab, 0xcd]));
assert.deepStrictEqual(Buffer.from('ab', 'UCS-2'), Buffer.from([0x61, 0, 0x62, 0]));
assert.deepStrictEqual(Buffer.from('ab', 'utf-16le'), Buffer.from([0x61, 0, 0x62, 0]));
assert.deepStrictEqual(Buffer.from('\u00e9\u0100', 'binary'), Buffer.from([0xe9, 0x00]));
assert.strictEqual(Buffer.from('').length, 0);
assert.strictEqual(Buffer.from('', 'hex').length, 0);
assert.throws(() => Buffer.from('a', 'bad'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: bad',
});
assert.throws(() => Buffer.from('', 'bad'), { code: 'ERR_UNKNOWN_ENCODING' });

// Arrays and array-likes: each element as a byte (ToNumber, modulo 256).
assert.deepStrictEqual([...Buffer.from([257, -1, 1.5, '3', null, 'x', true])], [1, 255, 1, 3, 0, 0, 1]);
assert.deepStrictEqual([...Buffer.from({ length: 3, 0: 1, 2: 3 })], [1, 0, 3]);
assert.strictEqual(Buffer.from({ length: '3', 0: 1 }).length, 0);
assert.strictEqual(Buffer.from({ length: -1 }).length, 0);
assert.strictEqual(Buffer.from([]).length, 0);
const longArray = new Array(10000).fill(7);
assert.ok(Buffer.from(longArray).every((byte) => byte === 7));

// toJSON's shape comes back.
assert.deepStrictEqual(Buffer.from({ type: 'Buffer', data: [1, 2] }), Buffer.from([1, 2]));
assert.deepStrictEqual(Buffer.from(Buffer.from('xyz').toJSON()), Buffer.from('xyz'));

// Buffers and typed arrays are copied element by element.
const original = Buffer.from('abc');
const copy = Buffer.from(original);
copy[0] = 0x7a;
assert.strictEqual(original.toString(), 'abc');
assert.deepStrictEqual([...Buffer.from(new Uint16Array([1, 0x102]))], [1, 2]);
assert.deepStrictEqual([...Buffer.from(new Float32Array([1.5, -1]))], [1, 255]);
// A DataView has no length: nothing is copied.
assert.strictEqual(Buffer.from(new DataView(new ArrayBuffer(2))).length, 0);

// ArrayBuffers are shared, not copied.
const memory = new ArrayBuffer(8);
const view = Buffer.from(memory, 2, 3);
assert.strictEqual(view.buffer, memory);
assert.strictEqual(view.byteOffset, 2);
assert.strictEqual(view.length, 3);
new Uint8Array(memory)[2] = 9;
assert.strictEqual(view[0], 9);
assert.strictEqual(Buffer.from(memory).length, 8);
assert.strictEqual(Buffer.from(memory, '2', '3').length, 3);
assert.strictEqual(Buffer.from(memory, NaN, NaN).length, 0);
assert.strictEqual(Buffer.from(memory, 1.5, 2.5).length, 2);
assert.strictEqual(Buffer.from(memory, 8).length, 0);
assert.strictEqual(Buffer.from(memory, undefined, -1).length, 0);
assert.strictEqual(Buffer.from(new SharedArrayBuffer(4)).length, 4);
assert.throws(() => Buffer.from(memory, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', name: 'RangeError', message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(memory, 2, 7), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(memory, 0, Infinity), { code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
assert.throws(() => Buffer.from(memory, -1), RangeError);

// Objects: a string or object from valueOf() is used first, then Symbol.toPrimitive('string').
assert.deepStrictEqual(Buffer.from(new String('ab')), Buffer.from('ab'));
assert.deepStrictEqual(Buffer.from(new String('abcd'), 'hex'), Buffer.from([0xab, 0xcd]));
assert.deepStrictEqual(Buffer.from({ valueOf() { return 'ab'; } }), Buffer.from('ab'));
assert.deepStrictEqual(Buffer.from({ valueOf() { return [1, 2]; } }), Buffer.from([1, 2]));
assert.deepStrictEqual(Buffer.from({ [Symbol.toPrimitive](hint) { return `x${hint}`; } }), Buffer.from('xstring'));
assert.deepStrictEqual(Buffer.from({ valueOf() { return new ArrayBuffer(2); } }), Buffer.alloc(2));

const expected = 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
  'or Array or an Array-like Object.';
for (const [value, shown] of [
  [undefined, 'undefined'], [null, 'null'], [5, 'type number (5)'], [true, 'type boolean (true)'],
  [5n, 'type bigint (5n)'], [Symbol('s'), 'type symbol (Symbol(s))'], [{}, 'an instance of Object'],
  [{ valueOf() { return 5; } }, 'an instance of Object'],
  [Object.create(null), '[Object: null prototype] {}'],
  [{ type: 'Buffer', data: 'ab' }, 'an instance of Object'],
]) {
  assert.throws(() => Buffer.from(value), {
    code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: `${expected} Received ${shown}`,
  });
}
// The same from the deprecated Buffer() and new Buffer().
assert.throws(() => new Buffer(undefined), { code: 'ERR_INVALID_ARG_TYPE', message: `${expected} Received undefined` });

// Buffer.of and Buffer.copyBytesFrom.
assert.deepStrictEqual(Buffer.of(1, 2, 300), Buffer.from([1, 2, 44]));
assert.strictEqual(Buffer.of().length, 0);
assert.deepStrictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1), Buffer.from([2, 0, 3, 0]));
assert.deepStrictEqual(Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1, 1), Buffer.from([2, 0]));
assert.deepStrictEqual(Buffer.copyBytesFrom(new Uint8Array([1, 2]), 0, 10), Buffer.from([1, 2]));
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array(2), 5).length, 0);
assert.strictEqual(Buffer.copyBytesFrom(new Uint8Array(0)).length, 0);
const source = new Uint8Array([5, 6]);
const copied = Buffer.copyBytesFrom(source);
source[0] = 0;
assert.strictEqual(copied[0], 5);
assert.throws(() => Buffer.copyBytesFrom([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => Buffer.copyBytesFrom(new Uint8Array(2), 0, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "length" argument must be of type number. Received type string (\'x\')',
});
