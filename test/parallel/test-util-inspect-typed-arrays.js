'use strict';
// util.inspect() of typed arrays, ArrayBuffer, SharedArrayBuffer and DataView.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect(new Uint8Array([1, 2, 3])), 'Uint8Array(3) [ 1, 2, 3 ]');
assert.strictEqual(inspect(new Float64Array(0)), 'Float64Array(0) []');
assert.strictEqual(inspect(new BigInt64Array([1n, -2n])), 'BigInt64Array(2) [ 1n, -2n ]');
assert.strictEqual(inspect(new Float32Array([1.5, -0, NaN, 0.1])), 'Float32Array(4) [ 1.5, -0, NaN, 0.10000000149011612 ]');
assert.strictEqual(inspect(new Uint16Array([1, 2]), { showHidden: true }), 'Uint16Array(2) [\n' +
                   '  1,\n' +
                   '  2,\n' +
                   '  [BYTES_PER_ELEMENT]: 2,\n' +
                   '  [length]: 2,\n' +
                   '  [byteLength]: 4,\n' +
                   '  [byteOffset]: 0,\n' +
                   '  [buffer]: ArrayBuffer { byteLength: 4 }\n' +
                   ']');
assert.strictEqual(inspect(new Uint16Array(0), { showHidden: true }), 'Uint16Array(0) [\n' +
                   '  [BYTES_PER_ELEMENT]: 2,\n' +
                   '  [length]: 0,\n' +
                   '  [byteLength]: 0,\n' +
                   '  [byteOffset]: 0,\n' +
                   '  [buffer]: ArrayBuffer { byteLength: 0 }\n' +
                   ']');
assert.strictEqual(inspect(new Uint8Array(300)), 'Uint8Array(300) [\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n' +
                   '  0, 0, 0, 0,\n' +
                   '  ... 200 more items\n' +
                   ']');
assert.strictEqual(inspect(new Uint8Array(3), { maxArrayLength: 0 }), 'Uint8Array(3) [ ... 3 more items ]');
assert.strictEqual(inspect(Object.assign(new Int8Array(2), { foo: 1 })), 'Int8Array(2) [ 0, 0, foo: 1 ]');
class Bytes extends Uint8Array {}
assert.strictEqual(inspect(new Bytes(2)), 'Bytes(2) [Uint8Array] [ 0, 0 ]');
const nullTyped = new Uint8Array(2); Object.setPrototypeOf(nullTyped, null);
assert.strictEqual(inspect(nullTyped), '[Uint8Array(2): null prototype] [ 0, 0 ]');
assert.strictEqual(inspect(new ArrayBuffer(4)), 'ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }');
assert.strictEqual(inspect(new Uint8Array(Array.from({ length: 120 }, (_, i) => i)).buffer), 'ArrayBuffer {\n' +
                   '  [Uint8Contents]: <00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f 10 11 12 13 14 15 16 17 18 19 1a 1b 1c 1d 1e 1f 20 21 22 23 24 25 26 27 28 29 2a 2b 2c 2d 2e 2f 30 31 32 33 34 35 36 37 38 39 3a 3b 3c 3d 3e 3f 40 41 42 43 44 45 46 47 48 49 4a 4b 4c 4d 4e 4f 50 51 52 53 54 55 56 57 58 59 5a 5b 5c 5d 5e 5f 60 61 62 63 ... 20 more bytes>,\n' +
                   '  byteLength: 120\n' +
                   '}');
assert.strictEqual(inspect(new ArrayBuffer(10), { maxArrayLength: 3 }), 'ArrayBuffer {\n' +
                   '  [Uint8Contents]: <00 00 00 ... 7 more bytes>,\n' +
                   '  byteLength: 10\n' +
                   '}');
assert.strictEqual(inspect(new ArrayBuffer(3), { maxArrayLength: 0 }), 'ArrayBuffer { [Uint8Contents]: < ... 3 more bytes>, byteLength: 3 }');
assert.strictEqual(inspect(Object.assign(new ArrayBuffer(2), { x: 1 })), 'ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2, x: 1 }');
assert.strictEqual(inspect(new SharedArrayBuffer(2)), 'SharedArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }');
assert.strictEqual(inspect(new ArrayBuffer(2), { showHidden: true }), 'ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }');
assert.strictEqual(inspect(new DataView(new ArrayBuffer(4), 1, 2)), 'DataView {\n' +
                   '  byteLength: 2,\n' +
                   '  byteOffset: 1,\n' +
                   '  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: new Uint8Array(2) } }, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(inspect(Array.from({ length: 3 }, () => new Uint8Array(2))), '[\n' +
                   '  Uint8Array(2) [ 0, 0 ],\n' +
                   '  Uint8Array(2) [ 0, 0 ],\n' +
                   '  Uint8Array(2) [ 0, 0 ]\n' +
                   ']');
