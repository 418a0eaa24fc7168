'use strict';
// buf.indexOf / lastIndexOf / includes: strings in each encoding, bytes, numbers, offsets
// (negative, past the end, non-numbers), empty needles, and the errors.
require('../common');
const assert = require('assert');

const b = Buffer.from('abcabcdef');
assert.strictEqual(b.indexOf('bc'), 1);
assert.strictEqual(b.indexOf('bc', 2), 4);
assert.strictEqual(b.indexOf('bc', -5), 4);
assert.strictEqual(b.indexOf('bc', -100), 1);
assert.strictEqual(b.indexOf('bc', 100), -1);
assert.strictEqual(b.indexOf('bc', 1.9), 1);
assert.strictEqual(b.indexOf('bc', null), 1);
assert.strictEqual(b.indexOf('bc', {}), 1);
assert.strictEqual(b.indexOf('bc', NaN), 1);
assert.strictEqual(b.indexOf('bc', 2 ** 32), -1);
assert.strictEqual(b.indexOf('a', -Infinity), 0);
assert.strictEqual(b.indexOf('a', -10), 0);
assert.strictEqual(b.indexOf('abc', 'latin1'), 0);
assert.strictEqual(b.indexOf('6263', 'hex'), 1);
assert.strictEqual(b.indexOf('6263', 3, 'hex'), 4);
assert.strictEqual(b.indexOf('Y2Rl', 'base64'), 5);
assert.strictEqual(b.indexOf('Y2Rl', 'BASE64URL'), 5);
assert.strictEqual(b.indexOf('ab', 0, 'ascii'), 0);
assert.strictEqual(Buffer.from('ab').indexOf('abc'), -1);

assert.strictEqual(b.lastIndexOf('bc'), 4);
assert.strictEqual(b.lastIndexOf('bc', 3), 1);
assert.strictEqual(b.lastIndexOf('bc', 4), 4);
assert.strictEqual(b.lastIndexOf('bc', -5), 4);
assert.strictEqual(b.lastIndexOf('bc', -100), -1);
assert.strictEqual(b.lastIndexOf('a', -9), 0);
assert.strictEqual(b.lastIndexOf('a', -10), -1);
assert.strictEqual(b.lastIndexOf('a', Infinity), 3);
assert.strictEqual(b.lastIndexOf('a', -Infinity), -1);
assert.strictEqual(b.lastIndexOf('b', NaN), 4);
assert.strictEqual(b.lastIndexOf('b', undefined), 4);
assert.strictEqual(b.lastIndexOf('b', {}), 4);
assert.strictEqual(b.lastIndexOf('b', null), -1);
assert.strictEqual(Buffer.from('ab').lastIndexOf('abc'), -1);

// Empty needles match at the (clamped) offset.
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 3), 3);
assert.strictEqual(b.indexOf('', -3), 6);
assert.strictEqual(b.indexOf('', 100), 9);
assert.strictEqual(b.indexOf('', -100), 0);
assert.strictEqual(b.indexOf('', 2 ** 32), 9);
assert.strictEqual(b.lastIndexOf(''), 9);
assert.strictEqual(b.lastIndexOf('', 3), 3);
assert.strictEqual(b.lastIndexOf('', 100), 9);
assert.strictEqual(b.lastIndexOf('', -3), 6);
assert.strictEqual(b.lastIndexOf('', -100), 0);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 100), 9);
assert.strictEqual(b.lastIndexOf(Buffer.alloc(0), -3), 6);
assert.strictEqual(b.indexOf('zz', 'hex'), 0);
assert.strictEqual(b.indexOf('', 'hex'), 0);
assert.strictEqual(Buffer.alloc(0).indexOf(''), 0);
assert.strictEqual(Buffer.alloc(0).lastIndexOf(''), 0);
assert.strictEqual(Buffer.alloc(0).indexOf(Buffer.alloc(0)), 0);
assert.strictEqual(Buffer.alloc(0).indexOf(0), -1);

// Numbers: the low byte of value >>> 0.
assert.strictEqual(b.indexOf(98), 1);
assert.strictEqual(b.indexOf(98 + 256), 1);
assert.strictEqual(b.indexOf(-158), 1);
assert.strictEqual(b.indexOf(98.5), 1);
assert.strictEqual(b.indexOf(NaN), -1);
assert.strictEqual(b.lastIndexOf(97, -100), -1);
assert.strictEqual(b.lastIndexOf(97), 3);
assert.strictEqual(b.indexOf(102, -1), 8);

// Bytes.
assert.strictEqual(b.indexOf(new Uint8Array([98, 99])), 1);
assert.strictEqual(b.indexOf(Buffer.from('cd')), 5);
assert.strictEqual(b.lastIndexOf(Buffer.from('ab'), -100), -1);
assert.strictEqual(b.lastIndexOf(Buffer.from('abc')), 3);

// includes is indexOf !== -1.
assert.strictEqual(b.includes('def'), true);
assert.strictEqual(b.includes('def', 7), false);
assert.strictEqual(b.includes(0x64), true);
assert.strictEqual(b.includes(Buffer.from('xyz')), false);

// UTF-16: matches start on even offsets; the offset is rounded down to a unit.
const u = Buffer.from('a\u00e9b\u00e9', 'ucs2');
assert.strictEqual(u.indexOf('\u00e9', 'ucs2'), 2);
assert.strictEqual(u.indexOf('\u00e9', 3, 'ucs2'), 2);
assert.strictEqual(u.indexOf('\u00e9', 4, 'utf16le'), 6);
assert.strictEqual(u.lastIndexOf('\u00e9', undefined, 'ucs2'), 6);
assert.strictEqual(Buffer.from([0, 0x61, 0, 0x62, 0]).indexOf('a', 'ucs2'), -1);
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).indexOf('b', 'ucs2'), -1);
const abab = Buffer.from('abab', 'ucs2');
assert.strictEqual(abab.lastIndexOf('b', 5, 'ucs2'), 2);
assert.strictEqual(abab.lastIndexOf('b', 6, 'ucs2'), 6);
assert.strictEqual(abab.indexOf('b', 3, 'ucs2'), 2);
assert.strictEqual(abab.indexOf(Buffer.from('b\u0000'), 'ucs2'), 2);
assert.strictEqual(abab.indexOf('', 'ucs2'), 0);
// Other encodings of the same needle.
assert.strictEqual(Buffer.from('x\u00e9y').indexOf('\u00e9'), 1);
assert.strictEqual(Buffer.from('x\u00e9y', 'latin1').indexOf('\u00e9', 'latin1'), 1);
assert.strictEqual(Buffer.from('x\u00e9y', 'latin1').indexOf('\u00e9'), -1);

// Errors.
assert.throws(() => b.indexOf('62', 'bad'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bad' });
assert.throws(() => b.indexOf('b', '1'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: 1' });
assert.throws(() => b.indexOf('b', 0, null), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: null' });
assert.throws(() => b.indexOf('b', 0, ''), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: ' });
assert.throws(() => b.indexOf('b', 2n), { name: 'TypeError', message: 'Cannot convert a BigInt value to a number' });
const typeMessage = 'The "value" argument must be one of type number or string or an instance of Buffer ' +
  'or Uint8Array. Received ';
for (const [value, shown] of [[true, 'type boolean (true)'], [{}, 'an instance of Object'], [null, 'null'],
                              [[98], 'an instance of Array'], [new Uint16Array(1), 'an instance of Uint16Array'],
                              [undefined, 'undefined']]) {
  assert.throws(() => b.indexOf(value), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError', message: typeMessage + shown });
  assert.throws(() => b.lastIndexOf(value), { code: 'ERR_INVALID_ARG_TYPE', message: typeMessage + shown });
}
