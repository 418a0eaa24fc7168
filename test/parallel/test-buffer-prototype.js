'use strict';
// The shape of Buffer: a Uint8Array subclass, its prototype and statics, species, the
// deprecated Buffer() constructor and SlowBuffer.
const common = require('../common');
const assert = require('assert');
const { Buffer: BufferFromModule, SlowBuffer, kMaxLength, kStringMaxLength, constants } = require('buffer');

assert.strictEqual(BufferFromModule, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.getPrototypeOf(Buffer.prototype), Uint8Array.prototype);
assert.strictEqual(Buffer.prototype.constructor, Buffer);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
const prototypeDescriptor = Object.getOwnPropertyDescriptor(Buffer, 'prototype');
assert.strictEqual(prototypeDescriptor.writable, true);
assert.strictEqual(prototypeDescriptor.enumerable, false);
assert.strictEqual(prototypeDescriptor.configurable, false);

// Methods are plain enumerable properties, as node assigns them.
const toString = Object.getOwnPropertyDescriptor(Buffer.prototype, 'toString');
assert.deepStrictEqual([toString.writable, toString.enumerable, toString.configurable], [true, true, true]);
const keys = [];
for (const key in Buffer.from('a')) keys.push(key);
for (const key of ['0', 'readUInt8', 'writeDoubleBE', 'utf8Slice', 'hexWrite', 'parent', 'offset', 'copy',
                   'toString', 'equals', 'inspect', 'compare', 'indexOf', 'lastIndexOf', 'includes', 'fill',
                   'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString']) {
  assert.ok(keys.includes(key), key);
}
for (const name of ['from', 'of', 'alloc', 'allocUnsafe', 'allocUnsafeSlow', 'isBuffer', 'compare', 'isEncoding',
                    'concat', 'byteLength', 'copyBytesFrom', 'poolSize']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer, name).enumerable, true, name);
}

// Function lengths.
const lengths = {
  from: 3, alloc: 3, concat: 2, byteLength: 2, compare: 2, of: 0,
};
for (const [name, length] of Object.entries(lengths)) assert.strictEqual(Buffer[name].length, length, name);
const protoLengths = {
  write: 4, fill: 4, toString: 3, readUInt8: 0, readUIntLE: 2, writeUInt8: 1, writeIntLE: 3, slice: 2,
  copy: 4, compare: 5, indexOf: 3, equals: 1, toJSON: 0, swap16: 0,
};
for (const [name, length] of Object.entries(protoLengths)) {
  assert.strictEqual(Buffer.prototype[name].length, length, name);
}

// parent and offset.
const b = Buffer.from('abc');
assert.strictEqual(b.parent, b.buffer);
assert.strictEqual(b.offset, b.byteOffset);
assert.strictEqual(Buffer.prototype.parent, undefined);
assert.strictEqual(Buffer.prototype.offset, undefined);
assert.strictEqual(Object.getOwnPropertyDescriptor(Buffer.prototype, 'parent').enumerable, true);

// Species: typed-array methods produce Buffers.
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(Buffer, Symbol.species).get, 'function');
assert.ok(Buffer.isBuffer(b.map((x) => x)));

// Constants.
assert.strictEqual(kMaxLength, 2 ** 32);
assert.strictEqual(kStringMaxLength, 2 ** 29 - 24);
assert.deepStrictEqual(constants, { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength });
assert.ok(Object.isExtensible(constants));
assert.strictEqual(Object.getOwnPropertyDescriptor(constants, 'MAX_LENGTH').writable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(require('buffer'), 'constants').writable, false);
assert.deepStrictEqual(Object.keys(require('buffer')), [
  'Buffer', 'SlowBuffer', 'transcode', 'isUtf8', 'isAscii', 'kMaxLength', 'kStringMaxLength', 'btoa', 'atob',
  'constants', 'INSPECT_MAX_BYTES', 'Blob', 'resolveObjectURL', 'File',
]);

// SlowBuffer: unpooled, a Buffer.
const slow = SlowBuffer(3);
assert.strictEqual(slow.length, 3);
assert.strictEqual(Object.getPrototypeOf(slow), Buffer.prototype);
assert.strictEqual(slow.buffer.byteLength, 3);
assert.strictEqual(SlowBuffer.length, 1);
assert.throws(() => SlowBuffer(-1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});

// The deprecated constructor: a number allocates (zeroed), anything else is Buffer.from.
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0005');
  assert.strictEqual(warning.message, 'Buffer() is deprecated due to security and usability issues. Please use ' +
    'the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.');
}));
assert.deepStrictEqual(new Buffer(3), Buffer.alloc(3));
assert.deepStrictEqual(Buffer(3), Buffer.alloc(3));
assert.deepStrictEqual(new Buffer('ab', 'hex'), Buffer.from([0xab]));
assert.deepStrictEqual(Buffer([1, 2]), Buffer.from([1, 2]));
assert.throws(() => new Buffer(-1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => Buffer(5, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "string" argument must be of type string. Received type number (5)',
});

// Subclasses: instanceof works; construction goes through Buffer.
class Sub extends Buffer {}
assert.ok(Buffer.isBuffer(Object.setPrototypeOf(Buffer.alloc(1), Sub.prototype)));
