'use strict';
// punycode's errors: RangeErrors with punycode.js's messages for input that is not Punycode,
// code points that would overflow, and non-ASCII before the delimiter; TypeErrors for values
// that are not strings.
require('../common');
const assert = require('assert');
const punycode = require('punycode');

const invalidInput = { name: 'RangeError', message: 'Invalid input' };
const overflow = { name: 'RangeError', message: 'Overflow: input needs wider integers to process' };
const notBasic = { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' };

// Characters that are not base-36 digits, and numbers cut off in the middle.
for (const input of ['-', '!', 'a-!', 'ls8h=', '\u00FC', '9', 'zzzzzz', 'jd4bo', 'ab-999999', 'a b', 'xn--a.']) {
  assert.throws(() => punycode.decode(input), invalidInput, input);
}
for (const input of ['999999999', '99999999999', 'a-9999999999999999999999a']) {
  assert.throws(() => punycode.decode(input), overflow, input);
}
for (const input of ['\u00FC-a', 'a\u00FCb-', '\u4E2D-xyz']) {
  assert.throws(() => punycode.decode(input), notBasic, input);
}
// Valid digits that decode past U+10FFFF are not a code point.
assert.throws(() => punycode.decode('52762n'), { name: 'RangeError', message: 'Invalid code point 19788564' });
// Long runs of valid digits are fine as long as they stay in range.
assert.deepStrictEqual(punycode.ucs2.decode(punycode.decode('zzzzzzzzzz')), [34910, 31653, 31978, 32278]);

// Not strings.
for (const value of [undefined, null]) {
  for (const method of ['decode', 'encode', 'toASCII', 'toUnicode']) {
    assert.throws(() => punycode[method](value), TypeError, `${method}(${value})`);
  }
}
assert.throws(() => punycode.decode(123), TypeError);
assert.throws(() => punycode.toASCII(5), TypeError);
assert.throws(() => punycode.ucs2.encode(5), TypeError);
// A number has no length, so there is nothing to encode.
assert.strictEqual(punycode.encode(123), '');
assert.deepStrictEqual(punycode.ucs2.decode(5), []);
