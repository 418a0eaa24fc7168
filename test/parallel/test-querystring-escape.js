'use strict';
// querystring.escape and unescape, including node's surrogate pairing quirk.
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.deepStrictEqual(Object.keys(qs),
                       ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse', 'decode']);

assert.strictEqual(qs.escape(''), '');
assert.strictEqual(qs.escape("azAZ09!'()*-._~"), "azAZ09!'()*-._~");
assert.strictEqual(qs.escape(' "#$%&+,/:;<=>?@[\\]^`{|}'),
                   '%20%22%23%24%25%26%2B%2C%2F%3A%3B%3C%3D%3E%3F%40%5B%5C%5D%5E%60%7B%7C%7D');
assert.strictEqual(qs.escape('\u0000\u007f\u0080\u07ff\u0800\uffff'),
                   '%00%7F%C2%80%DF%BF%E0%A0%80%EF%BF%BF');
assert.strictEqual(qs.escape('\ud83d\ude00'), '%F0%9F%98%80');

// Any surrogate takes the next code unit as its partner; one at the end throws.
assert.strictEqual(qs.escape('\udc00x'), '%F0%90%81%B8');
assert.strictEqual(qs.escape('\ud800x'), '%F0%90%81%B8');
assert.strictEqual(qs.escape('\ud800\ud800'), '%F0%90%80%80');
assert.strictEqual(qs.escape('\udc00\ud800'), '%F0%90%80%80');
assert.strictEqual(qs.escape('a\ud800b'), 'a%F0%90%81%A2');
for (const text of ['\ud800', 'x\udc00']) {
  assert.throws(() => qs.escape(text), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });
}

// Non-strings: objects through String(), everything else through string concatenation.
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape(null), 'null');
assert.strictEqual(qs.escape(undefined), 'undefined');
assert.strictEqual(qs.escape([1, 2]), '1%2C2');
assert.strictEqual(qs.escape({}), '%5Bobject%20Object%5D');
assert.strictEqual(qs.escape(new String('x y')), 'x%20y');
assert.strictEqual(qs.escape({ toString() { return 'a b'; } }), 'a%20b');
assert.throws(() => qs.escape(Symbol('x')), TypeError);
assert.throws(() => qs.escape(Object.create(null)), TypeError);

// unescape: decodeURIComponent when it can, else a byte-wise decode keeping bad escapes.
const cases = [
  ['%41', 'A'], ['%', '%'], ['%%', '%%'], ['%%%', '%%%'], ['%%41', '%A'], ['%4%41', '%4A'],
  ['%g1', '%g1'], ['%4g', '%4g'], ['a%', 'a%'], ['a%4', 'a%4'], ['%E4%BD', '\ufffd'],
  ['%2B', '+'], ['+', '+'], ['a+b', 'a+b'], ['%zz', '%zz'], ['%x%41', '%xA'],
  ['%C3%A9%', 'é%'], ['%ED%A0%80', '\ufffd\ufffd\ufffd'], ['\u00e9', '\u00e9'],
  // The fallback reads each character as one byte (its low eight bits).
  ['\u00e9%', '\ufffd%'], ['\u0100%', '\u0000%'], ['a\u0141b%zz', 'aAb%zz'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(qs.unescape(input), expected, input);
}
// decodeSpaces only matters on the fallback path.
assert.strictEqual(qs.unescape('a+b', true), 'a+b');
assert.strictEqual(qs.unescape('a+b%', true), 'a b%');
