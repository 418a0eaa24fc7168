'use strict';
// new URLSearchParams(init): a query string (leading '?' dropped), a sequence of pairs, a
// record of own enumerable properties, or nothing.
require('../common');
const assert = require('assert');

const pairs = (params) => [...params];

assert.deepStrictEqual(pairs(new URLSearchParams()), []);
assert.deepStrictEqual(pairs(new URLSearchParams(undefined)), []);
assert.deepStrictEqual(pairs(new URLSearchParams(null)), []);
assert.deepStrictEqual(pairs(new URLSearchParams('')), []);
assert.deepStrictEqual(pairs(new URLSearchParams('?a=b&c')), [['a', 'b'], ['c', '']]);
assert.deepStrictEqual(pairs(new URLSearchParams('??a=b')), [['?a', 'b']]);
assert.deepStrictEqual(pairs(new URLSearchParams('a=1&&a=2&=&=x&y=')), [['a', '1'], ['a', '2'], ['', ''], ['', 'x'], ['y', '']]);
assert.deepStrictEqual(pairs(new URLSearchParams('a=b=c')), [['a', 'b=c']]);
assert.deepStrictEqual(pairs(new URLSearchParams('a+b=c+d&%2B=%20')), [['a b', 'c d'], ['+', ' ']]);
assert.deepStrictEqual(pairs(new URLSearchParams('%zz=%e4%bd%a0&%E4%BD=%C3%28')), [['%zz', '你'], ['\ufffd', '\ufffd(']]);
assert.deepStrictEqual(pairs(new URLSearchParams('a=b\ud800')), [['a', 'b\ufffd']]);
assert.deepStrictEqual(pairs(new URLSearchParams(5)), [['5', '']]);

// Sequences: any iterable of iterables of exactly two values.
assert.deepStrictEqual(pairs(new URLSearchParams([['a', 1], ['b', null], new Set(['c', 'd'])])),
                       [['a', '1'], ['b', 'null'], ['c', 'd']]);
assert.deepStrictEqual(pairs(new URLSearchParams(new Map([['a', 1]]))), [['a', '1']]);
assert.deepStrictEqual(pairs(new URLSearchParams(new URLSearchParams('x=1&x=2'))), [['x', '1'], ['x', '2']]);
assert.deepStrictEqual(pairs(new URLSearchParams(function* gen() { yield ['g', 'h']; }())), [['g', 'h']]);
for (const init of [[['a']], [['a', 'b', 'c']], [1], ['ab'], [null]]) {
  assert.throws(() => new URLSearchParams(init), {
    code: 'ERR_INVALID_TUPLE',
    name: 'TypeError',
    message: 'Each query pair must be an iterable [name, value] tuple',
  });
}
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 5 }), {
  code: 'ERR_ARG_NOT_ITERABLE', name: 'TypeError', message: 'Query pairs must be iterable',
});

// Records: own enumerable keys, values stringified.
assert.deepStrictEqual(pairs(new URLSearchParams({ a: [1, 2], b: {}, c: undefined })),
                       [['a', '1,2'], ['b', '[object Object]'], ['c', 'undefined']]);
assert.deepStrictEqual(pairs(new URLSearchParams(Object.create({ inherited: 1 }))), []);
const withHidden = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false });
Object.defineProperty(withHidden, Symbol('s'), { value: 3, enumerable: false });
assert.deepStrictEqual(pairs(new URLSearchParams(withHidden)), [['a', '1']]);
assert.throws(() => new URLSearchParams({ [Symbol('x')]: 1 }), TypeError);
assert.deepStrictEqual(pairs(new URLSearchParams(() => {})), []);
// Keys equal after conversion to well-formed strings collapse into the first one.
assert.deepStrictEqual(pairs(new URLSearchParams({ '\ud800': 'a', '\udc00': 'b' })), [['\ufffd', 'b']]);

assert.throws(() => URLSearchParams(), TypeError);
assert.strictEqual(URLSearchParams.length, 0);
