'use strict';
// readSync/writeSync/readvSync/writevSync: their argument forms (positional, options
// object), positions (numbers, BigInts, null for "current"), encodings, and checks.
require('../common');
const assert = require('assert');
const fs = require('fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('rw');
const fd = fs.openSync(file, 'w+');

assert.strictEqual(fs.writeSync(fd, Buffer.from('hello world')), 11);
const contents = () => fs.readFileSync(file, 'latin1');

// readSync forms.
let buffer = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, buffer, 0, 4, 0), 4);
assert.strictEqual(buffer.toString(), 'hell');
buffer = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, buffer, { position: 6 }), 4);
assert.strictEqual(buffer.toString(), 'worl');
buffer = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, buffer, { offset: 2, position: 6 }), 2);
assert.strictEqual(buffer.toString('latin1'), '\0\0wo');
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 2, 6n), 2);
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), 0, 1.9, 0), 1);  // length | 0
assert.strictEqual(fs.readSync(fd, Buffer.alloc(4), null), 0);  // at the end of the file
assert.strictEqual(fs.readSync(fd, Buffer.alloc(0)), 0);
assert.strictEqual(fs.readSync(fd, Buffer.alloc(0), 0, 0, 0), 0);
// Any ArrayBufferView.
const words = new Uint16Array(2);
assert.strictEqual(fs.readSync(fd, words, 0, 4, 0), 4);
assert.strictEqual(Buffer.from(words.buffer).toString(), 'hell');
assert.strictEqual(fs.readSync(fd, new DataView(new ArrayBuffer(4)), 0, 4, 0), 4);

assert.throws(() => fs.readSync(fd, Buffer.alloc(0), 0, 1, 0), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'buffer' is empty and cannot be written. Received <Buffer >",
});
assert.throws(() => fs.readSync(fd, 'str'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. ' +
    "Received type string ('str')",
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 3), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (3)',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 2. Received 5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), { offset: 5 }), {
  message: 'The value of "length" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), { offset: -1 }), {
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 1.5, 1, 0), {
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 0, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. Received type string (\'x\')',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 0, 1, -2), {
  message: 'The value of "position" is out of range. It must be >= -1 && <= 9007199254740991. Received -2',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 0, 1, 1.5), {
  message: 'The value of "position" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 0, 1, 2n ** 64n), {
  message: 'The value of "position" is out of range. It must be >= -9223372036854775808 && ' +
    '<= 9223372036854775807. Received 18_446_744_073_709_551_616n',
});

// writeSync with buffers.
assert.strictEqual(fs.writeSync(fd, Buffer.from('abc'), 1, 1, 0), 1);
assert.strictEqual(contents(), 'bello world');
assert.strictEqual(fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, position: 0 }), 2);
assert.strictEqual(contents(), 'yzllo world');
// A position that is not a number writes at the current position.
assert.strictEqual(fs.writeSync(fd, Buffer.from('!'), 0, 1, 'x'), 1);
assert.strictEqual(contents(), 'yzllo world!');
assert.strictEqual(fs.writeSync(fd, new Uint8Array([0x41]), 0, 1, 0), 1);
assert.strictEqual(fs.writeSync(fd, new Float32Array([1]), 0, 4, 0), 4);
assert.strictEqual(contents().slice(0, 4), '\0\0\x80?');
assert.throws(() => fs.writeSync(fd, Buffer.from('abc'), -1), {
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
});
assert.throws(() => fs.writeSync(fd, Buffer.from('abc'), 4), {
  message: 'The value of "offset" is out of range. It must be <= 3. Received 4',
});
assert.throws(() => fs.writeSync(fd, Buffer.from('abc'), 1, 5), {
  message: 'The value of "length" is out of range. It must be <= 2. Received 5',
});
assert.throws(() => fs.writeSync(fd, Buffer.from('abc'), 1, -1), {
  message: 'The value of "length" is out of range. It must be >= 0. Received -1',
});

// writeSync with strings: (fd, string, position, encoding).
assert.strictEqual(fs.writeSync(fd, 'zz', 0), 2);
assert.strictEqual(fs.writeSync(fd, 'ffff', 2, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, 'é', 4, 'latin1'), 1);
assert.strictEqual(fs.writeSync(fd, 'é', 5), 2);
assert.strictEqual(fs.writeSync(fd, '', 0), 0);
assert.strictEqual(contents().slice(0, 7), 'zz\xff\xff\xe9\xc3\xa9');
assert.strictEqual(fs.writeSync(fd, 'ab', 0, 'no-such-encoding'), 2);  // read as utf8
assert.throws(() => fs.writeSync(fd, 'fff', 0, 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid for data of length 3. Received 'hex'",
});
for (const value of [5, null, undefined, {}, new String('x')]) {
  assert.throws(() => fs.writeSync(fd, value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView\./,
  });
}

// writev / readv.
fs.ftruncateSync(fd, 0);
assert.strictEqual(fs.writevSync(fd, [Buffer.from('AB'), new Uint8Array([0x43])], 0), 3);
assert.strictEqual(fs.writevSync(fd, []), 0);
const parts = [Buffer.alloc(2), Buffer.alloc(2)];
assert.strictEqual(fs.readvSync(fd, parts, 0), 3);
assert.strictEqual(Buffer.concat(parts).toString('latin1'), 'ABC\0');
assert.throws(() => fs.readvSync(fd, []), { code: 'EINVAL', syscall: 'read' });
assert.throws(() => fs.writevSync(fd, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received type string (\'x\')',
});
assert.throws(() => fs.readvSync(fd, [1]), {
  message: 'The "buffers" argument must be an ArrayBufferView[]. Received an instance of Array',
});

// A null position reads and writes at the current position, which advances.
fs.ftruncateSync(fd, 0);
const fd2 = fs.openSync(file, 'r+');
fs.writeSync(fd2, 'one');
fs.writeSync(fd2, 'two', null);
fs.writeSync(fd2, Buffer.from('three'), 0, 5, null);
assert.strictEqual(contents(), 'onetwothree');
const head = Buffer.alloc(3);
const fd3 = fs.openSync(file, 'r');
fs.readSync(fd3, head, 0, 3, null);
fs.readSync(fd3, head, 0, 3, null);
assert.strictEqual(head.toString(), 'two');
fs.closeSync(fd3);
fs.closeSync(fd2);
fs.closeSync(fd);
