'use strict';
// buf.slice and buf.subarray share memory; how start and end are read.
require('../common');
const assert = require('assert');

const a = Buffer.from('abcd');
const show = (buffer) => buffer.toString();
assert.strictEqual(show(a.slice(1, 3)), 'bc');
assert.strictEqual(show(a.slice(-2)), 'cd');
assert.strictEqual(show(a.slice(3, 1)), '');
assert.strictEqual(show(a.slice('1', '3')), 'bc');
assert.strictEqual(show(a.slice(1.5, 3.5)), 'bc');
assert.strictEqual(show(a.slice(NaN, 2)), 'ab');
assert.strictEqual(show(a.slice(0, Infinity)), 'abcd');
assert.strictEqual(show(a.slice(-Infinity)), 'abcd');
assert.strictEqual(show(a.slice(null, null)), '');
assert.strictEqual(show(a.slice(undefined, undefined)), 'abcd');
assert.strictEqual(show(a.slice({})), 'abcd');
assert.strictEqual(show(a.slice(-100, -1)), 'abc');
assert.strictEqual(show(a.slice(10)), '');
assert.strictEqual(show(a.subarray(-3, -1)), 'bc');
assert.strictEqual(show(a.subarray()), 'abcd');
assert.throws(() => a.slice(2n), { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });
assert.throws(() => a.subarray(2n), { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });

// Shared memory, Buffer results.
const memory = Buffer.from('abc');
const part = memory.slice(1);
part[0] = 0x7a;
assert.strictEqual(memory.toString(), 'azc');
assert.ok(part instanceof Buffer);
assert.strictEqual(part.buffer, memory.buffer);
assert.strictEqual(part.byteOffset, memory.byteOffset + 1);
assert.ok(memory.subarray(1) instanceof Buffer);

// slice defers to the receiver's subarray: a plain Uint8Array stays one.
const plain = Buffer.prototype.slice.call(new Uint8Array([1, 2, 3]), 1);
assert.strictEqual(Object.getPrototypeOf(plain), Uint8Array.prototype);
assert.deepStrictEqual([...plain], [2, 3]);
const wrapped = Buffer.prototype.subarray.call(new Uint8Array([1, 2, 3]), 1);
assert.ok(Buffer.isBuffer(wrapped));

// Typed array methods that build new arrays make Buffers without the deprecated constructor.
assert.ok(Buffer.isBuffer(a.map((x) => x + 1)));
assert.deepStrictEqual(a.map((x) => x + 1), Buffer.from('bcde'));
assert.deepStrictEqual(a.filter((x) => x > 0x62), Buffer.from('cd'));
assert.ok(Buffer.isBuffer(Uint8Array.prototype.slice.call(a, 1)));
assert.ok(Buffer.isBuffer(Uint8Array.prototype.subarray.call(a, 1)));
