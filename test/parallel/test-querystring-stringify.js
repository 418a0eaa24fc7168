'use strict';
// querystring.stringify: primitives only (other values become ''), arrays repeat the key,
// empty arrays vanish, and querystring.escape or a custom encoder is used.
require('../common');
const assert = require('assert');
const qs = require('querystring');

assert.strictEqual(
  qs.stringify({
    a: 1, b: 'x y', c: true, d: null, e: undefined, f: NaN, g: Infinity, h: 10n, i: {}, j: [],
    k: [1, 'two', null, {}, [3], 4n, false], l: () => 1, m: Symbol('s'), n: -0, o: 1e21,
  }),
  'a=1&b=x%20y&c=true&d=&e=&f=&g=&h=10&i=&k=1&k=two&k=&k=&k=&k=4&k=false&l=&m=&n=0&o=1e%2B21');
assert.strictEqual(
  qs.stringify({ 'a b': 'c&d', 'é': '€', '😀': 'x', "!'()*-._~": "!'()*-._~", '/?#[]@$&+,;=:': 'z' }),
  "a%20b=c%26d&%C3%A9=%E2%82%AC&%F0%9F%98%80=x&!'()*-._~=!'()*-._~&" +
  '%2F%3F%23%5B%5D%40%24%26%2B%2C%3B%3D%3A=z');

assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ';', ':'), 'a:1;b:2');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, '', ''), 'a=1&b=2');
assert.strictEqual(qs.stringify({ a: [1, 2] }, 0, 0), 'a=1&a=2');
assert.strictEqual(qs.stringify({ a: 1 }, 5, 6), 'a61');
assert.strictEqual(qs.stringify({ a: 1, b: 2 }, ['&']), 'a=1&b=2');

// Only objects are serialized: arrays by index, other objects by own enumerable keys.
for (const value of ['abc', 5, null, undefined, true]) assert.strictEqual(qs.stringify(value), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.strictEqual(qs.stringify(new Map([[1, 2]])), '');
assert.strictEqual(qs.stringify(Object.create({ inherited: 1 }, {
  own: { value: 2, enumerable: true }, hidden: { value: 3 },
})), 'own=2');
assert.strictEqual(qs.stringify({ [Symbol('x')]: 1, a: 2 }), 'a=2');
assert.strictEqual(qs.stringify({ a: new String('x'), b: new Number(3), c: new Date(0) }), 'a=&b=&c=');

// Empty arrays leave no trace, not even a separator.
assert.strictEqual(qs.stringify({ a: [] }), '');
assert.strictEqual(qs.stringify({ a: [], b: 1 }), 'b=1');
assert.strictEqual(qs.stringify({ b: 1, a: [] }), 'b=1');

// A custom encoder gets every key and value (already made primitive strings).
const seen = [];
assert.strictEqual(
  qs.stringify({ a: null, b: [], c: [null], d: 1 }, null, null, {
    encodeURIComponent(text) {
      seen.push(text);
      return `<${text}>`;
    },
  }),
  '<a>=<>&<c>=<>&<d>=<1>');
assert.deepStrictEqual(seen, ['a', '', 'b', 'c', '', 'd', '1']);
assert.strictEqual(qs.stringify({ a: 'b' }, null, null, { encodeURIComponent: 5 }), 'a=b');

// Lone surrogates cannot be encoded.
assert.throws(() => qs.stringify({ a: '\ud800' }), {
  code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed',
});

// stringify goes through querystring.escape.
const original = qs.escape;
qs.escape = (text) => `[${text}]`;
try {
  assert.strictEqual(qs.stringify({ a: 'b', c: [1] }), '[a]=[b]&[c]=[1]');
} finally {
  qs.escape = original;
}

assert.strictEqual(qs.encode, qs.stringify);

// A round trip.
const object = { a: ['1', '2'], 'b c': 'd=e&f', '€': '' };
assert.deepStrictEqual({ ...qs.parse(qs.stringify(object)) }, object);
