'use strict';
// buf.write(string[, offset[, length]][, encoding]): every argument form, partial characters,
// and the errors.
require('../common');
const assert = require('assert');

function written(size, ...args) {
  const buffer = Buffer.alloc(size);
  const count = buffer.write(...args);
  return [count, [...buffer]];
}

assert.deepStrictEqual(written(4, 'xy'), [2, [0x78, 0x79, 0, 0]]);
assert.deepStrictEqual(written(4, 'xy', 3), [1, [0, 0, 0, 0x78]]);
assert.deepStrictEqual(written(4, 'xy', 4), [0, [0, 0, 0, 0]]);
assert.deepStrictEqual(written(4, 'xy', 1, 1), [1, [0, 0x78, 0, 0]]);
assert.deepStrictEqual(written(4, 'abcd', 'hex'), [2, [0xab, 0xcd, 0, 0]]);
assert.deepStrictEqual(written(4, 'abcd', 1, 'hex'), [2, [0, 0xab, 0xcd, 0]]);
assert.deepStrictEqual(written(4, 'abcd', 1, 1, 'hex'), [1, [0, 0xab, 0, 0]]);
assert.deepStrictEqual(written(4, 'abcd', 1, undefined, 'hex'), [2, [0, 0xab, 0xcd, 0]]);
// An undefined offset means the whole buffer in utf8, whatever follows.
assert.deepStrictEqual(written(4, 'abcd', undefined, 'hex'), [4, [0x61, 0x62, 0x63, 0x64]]);
// A falsy encoding is utf8.
assert.strictEqual(Buffer.alloc(4).write('a', 0, 2, null), 1);
assert.strictEqual(Buffer.alloc(4).write('a', 0, 2, ''), 1);
assert.strictEqual(Buffer.alloc(4).write('a', 0, 2, 0), 1);

// Characters are never split: what does not fit whole is left out.
assert.deepStrictEqual(written(4, '\u00e9\u00e9\u00e9', 0, 3), [2, [0xc3, 0xa9, 0, 0]]);
assert.deepStrictEqual(written(4, '\u00e9', 0, 1), [0, [0, 0, 0, 0]]);
assert.deepStrictEqual(written(4, 'a\u{1f600}', 0, 4), [1, [0x61, 0, 0, 0]]);
assert.deepStrictEqual(written(4, 'abc', 0, 3, 'ucs2'), [2, [0x61, 0, 0, 0]]);
assert.deepStrictEqual(written(2, 'YWJj', 'base64'), [2, [0x61, 0x62]]);
assert.deepStrictEqual(written(2, 'aabbcc', 'hex'), [2, [0xaa, 0xbb]]);
assert.deepStrictEqual(written(4, 'aabbc', 'hex'), [2, [0xaa, 0xbb, 0, 0]]);
assert.deepStrictEqual(written(4, 'aazz', 'hex'), [1, [0xaa, 0, 0, 0]]);
assert.deepStrictEqual(written(4, 'zzaa', 'hex'), [0, [0, 0, 0, 0]]);
assert.deepStrictEqual(written(4, 'a', 'hex'), [0, [0, 0, 0, 0]]);
// Lone surrogates become U+FFFD in utf8.
assert.deepStrictEqual(written(4, '\ud800', 0), [3, [0xef, 0xbf, 0xbd, 0]]);
// latin1/ascii keep each unit's low byte; ucs2 keeps the units.
assert.deepStrictEqual(written(3, '\u00e9\u0100\uffff', 'latin1'), [3, [0xe9, 0x00, 0xff]]);
assert.deepStrictEqual(written(3, '\u00e9\u0100\uffff', 'ascii'), [3, [0xe9, 0x00, 0xff]]);
assert.deepStrictEqual(written(4, '\ud83d', 'ucs2'), [2, [0x3d, 0xd8, 0, 0]]);

// Zero-length buffers.
assert.strictEqual(Buffer.alloc(0).write('a'), 0);
assert.strictEqual(Buffer.alloc(0).write('a', 0), 0);
assert.strictEqual(Buffer.alloc(0).write('', 0), 0);

// Offsets and lengths are validated against the buffer.
for (const [args, name, received] of [
  [['xy', 5], 'offset', '5'], [['xy', -1], 'offset', '-1'], [['', 5], 'offset', '5'],
  [['xy', 1, 10], 'length', '10'], [['xy', 1, -1], 'length', '-1'],
]) {
  assert.throws(() => Buffer.alloc(4).write(...args), {
    code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
    message: `The value of "${name}" is out of range. It must be >= 0 && <= 4. Received ${received}`,
  });
}
assert.throws(() => Buffer.alloc(0).write('a', 1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be >= 0 && <= 0. Received 1',
});
assert.throws(() => Buffer.alloc(4).write('a', 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.alloc(4).write('a', 0, 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "length" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.alloc(4).write('a', null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "offset" argument must be of type number. Received null',
});
assert.throws(() => Buffer.alloc(4).write('a', 0, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "length" argument must be of type number. Received null',
});
// A string in the offset or length place is the encoding.
for (const args of [['a', '1'], ['a', 0, '1'], ['a', 0, 2, 5], ['abcd', 1, 'bad']]) {
  assert.throws(() => Buffer.alloc(4).write(...args), {
    code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError',
    message: `Unknown encoding: ${args[args.length - 1]}`,
  });
}
// The string must be a string (node reports it from C++, without a code in the stack).
for (const value of [5, undefined, null, {}, Buffer.from('a')]) {
  assert.throws(() => Buffer.alloc(4).write(value), (error) => {
    assert.strictEqual(error.name, 'TypeError');
    assert.strictEqual(error.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(error.message, 'argument must be a string');
    assert.ok(error.stack.startsWith('TypeError: argument must be a string'));
    return true;
  });
}

// The per-encoding methods node exposes.
const target = Buffer.alloc(6);
assert.strictEqual(target.utf8Write('ab'), 2);
assert.strictEqual(target.hexWrite('ffee', 2), 2);
assert.strictEqual(target.latin1Write('\u00e9', 4, 1), 1);
assert.deepStrictEqual([...target], [0x61, 0x62, 0xff, 0xee, 0xe9, 0]);
assert.strictEqual(target.utf8Slice(0, 2), 'ab');
assert.strictEqual(target.hexSlice(2, 4), 'ffee');
assert.strictEqual(target.latin1Slice(4, 5), '\u00e9');
assert.strictEqual(target.base64Slice(0, 3), 'YWL/');
assert.strictEqual(target.base64urlSlice(0, 3), 'YWL_');
assert.strictEqual(target.asciiSlice(4, 5), 'i');
assert.strictEqual(target.ucs2Slice(0, 2), '\u6261');
assert.strictEqual(target.hexSlice(), '6162ffeee900');
