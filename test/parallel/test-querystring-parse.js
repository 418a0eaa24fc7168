'use strict';
// querystring.parse: null-prototype results, repeated keys as arrays, '+' as space,
// malformed escapes kept, custom separators, maxKeys and a custom decoder.
require('../common');
const assert = require('assert');
const qs = require('querystring');

function check(input, expected, ...args) {
  const result = qs.parse(input, ...args);
  assert.strictEqual(Object.getPrototypeOf(result), null);
  assert.deepStrictEqual({ ...result }, expected, JSON.stringify(input));
}

check('', {});
check('a', { a: '' });
check('a=', { a: '' });
check('=', { '': '' });
check('=b', { '': 'b' });
check('&&', {});
check('&a=1&', { a: '1' });
check('a=1&&&b=2', { a: '1', b: '2' });
check('&=&=x', { '': ['', 'x'] });
check('a=1&a=2&a=3', { a: ['1', '2', '3'] });
check('a&b', { a: '', b: '' });
check('a=b=c', { a: 'b=c' });
check('a==b', { a: '=b' });
check('+a+=+b+', { ' a ': ' b ' });
check('a+b=c+d', { 'a b': 'c d' });
check('%zz=%e4%bd%a0', { '%zz': '你' });
check('%E4%BD=x', { '\ufffd': 'x' });
check('a%20b=c%2', { 'a b': 'c%2' });
check('%=%%', { '%': '%%' });
check('%41%4=%4%41', { 'A%4': '%4A' });
check('%x%41=%2B', { '%xA': '+' });
check('a=%F0%9F%98%80&b=%C3%28&c=%ED%A0%80', { a: '😀', b: '\ufffd(', c: '\ufffd\ufffd\ufffd' });
check('a[]=1&a[]=2', { 'a[]': ['1', '2'] });
check('__proto__=x&hasOwnProperty=1&toString=1&toString=2',
      JSON.parse('{"__proto__": "x", "hasOwnProperty": "1", "toString": ["1", "2"]}'));
check('a=b&\u00e9=\u00e9', { a: 'b', 'é': 'é' });
// Parts without a valid escape are kept as written (but for '+'); with one, undecodable
// text falls back to a byte-wise decode.
check('é%=€%zz', { 'é%': '€%zz' });
check('é+%=%zz+', { 'é %': '%zz ' });
check('é%41%=%4%41é%', { '\ufffdA%': '%4A\ufffd%' });
check('a=%C3%A9%', { a: 'é%' });

// Non-strings give an empty object.
for (const input of [5, null, undefined, ['a=1'], { a: 1 }]) check(input, {});

// Separators: any string; falsy ones fall back to '&' and '='; others are stringified.
check('a:1;b:2', { a: '1', b: '2' }, ';', ':');
check('a::1;;b::2', { a: '1', b: '2' }, ';;', '::');
check('a&&b&&c', { a: '', b: '', c: '' }, '&&');
check('a=1&b=2', { a: '1', b: '2' }, '', '');
check('a=1&b=2', { a: '1', b: '2' }, null, null);
check('a=1&b=2', { 'a=1&b=2': '' }, 5, 6);
check('a=1;b=2', { a: '1', b: '2' }, [';']);
check('a=1trueb=2', { a: '1', b: '2' }, true);

// maxKeys counts pairs, empty ones included; only a positive integer limits.
check('a=1&b=2&c=3', { a: '1', b: '2' }, null, null, { maxKeys: 2 });
check('a=b&a=c', { a: 'b' }, '&', '=', { maxKeys: 1 });
check('&&a=1&b=2', {}, null, null, { maxKeys: 1 });
check('&&a=1&b=2', { a: '1' }, null, null, { maxKeys: 3 });
for (const maxKeys of [0, -1, 'x', '2', NaN, Infinity, 2.5]) {
  check('a=1&b=2&c=3', { a: '1', b: '2', c: '3' }, null, null, { maxKeys });
}
check('a=1&b=2&c=3', { a: '1', b: '2', c: '3' }, null, null, null);
// By default 1000 pairs are read; a number that is not a positive integer lifts the limit.
let many = '';
for (let i = 0; i < 2000; i++) many += `k${i}=${i}&`;
for (const [maxKeys, count] of [[undefined, 1000], ['x', 1000], [null, 1000], [1500, 1500],
                                [0, 2000], [-1, 2000], [1.5, 2000], [NaN, 2000], [Infinity, 2000]]) {
  assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys })).length, count, `${maxKeys}`);
}
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);

// A custom decoder sees every non-empty key and value, with '+' already turned into '%20'.
const seen = [];
qs.parse('abc=d&e%41=f+g&h', null, null, {
  decodeURIComponent(text) {
    seen.push(text);
    return text;
  },
});
assert.deepStrictEqual(seen, ['abc', 'd', 'e%41', 'f%20g', 'h']);
check('a=%41', { A: '%41' }, null, null, { decodeURIComponent: (text) => text.toUpperCase() });
// When it throws, querystring.unescape takes over.
check('a=%41&b=%zz', { a: 'A', b: '%zz' }, null, null, {
  decodeURIComponent() { throw new Error('no'); },
});
check('a=b', { a: 'b' }, null, null, { decodeURIComponent: 5 });
// Decoded keys are property keys; values are kept as returned.
check('a=1&b', { 1: [1, ''] }, null, null, { decodeURIComponent: (text) => text.length });

// parse goes through querystring.unescape, so replacing it changes parsing.
const original = qs.unescape;
qs.unescape = (text) => `X${text}`;
try {
  check('a=b%41&c=d', { Xa: 'Xb%41', Xc: 'Xd' });
} finally {
  qs.unescape = original;
}
check('a=b%41', { a: 'bA' });

assert.strictEqual(qs.decode, qs.parse);
