'use strict';
// util.inspect() options: the legacy (showHidden, depth, colors) signature, showHidden, compact, breakLength, sorted, numericSeparator and inspect.defaultOptions.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const nested = { a: { b: { c: { d: 1 } } }, h: [1] };
assert.strictEqual(inspect(nested, true, 0, false), '{ a: [Object], h: [Array] }');
assert.strictEqual(inspect(nested, false, 3), '{ a: { b: { c: { d: 1 } } }, h: [ 1 ] }');
assert.strictEqual(inspect(nested, false, null), '{ a: { b: { c: { d: 1 } } }, h: [ 1 ] }');
assert.strictEqual(inspect([1, 2], { showHidden: true }), '[ 1, 2, [length]: 2 ]');
assert.strictEqual(inspect(Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true }), '{ a: 1, [hidden]: 2 }');
assert.strictEqual(inspect(Object.defineProperty({}, 'b-c\n', { value: 2, enumerable: false }), { showHidden: true }), '{ [b-c\\n]: 2 }');
assert.strictEqual(inspect(Object.defineProperty({}, Symbol('q'), { value: 2, enumerable: false }), { showHidden: true }), '{ [Symbol(q)]: 2 }');
assert.strictEqual(inspect(Object.defineProperty({}, Symbol('q'), { value: 2, enumerable: false })), '{}');
assert.strictEqual(inspect({ a: 1, b: { c: [1, 2] }, s: 'line\nline2 and some more text' }, { compact: false }), '{\n' +
                   '  a: 1,\n' +
                   '  b: {\n' +
                   '    c: [\n' +
                   '      1,\n' +
                   '      2\n' +
                   '    ]\n' +
                   '  },\n' +
                   "  s: 'line\\nline2 and some more text'\n" +
                   '}');
assert.strictEqual(inspect([1, 2, [3]], { compact: false }), '[\n' +
                   '  1,\n' +
                   '  2,\n' +
                   '  [\n' +
                   '    3\n' +
                   '  ]\n' +
                   ']');
assert.strictEqual(inspect({ a: {}, b: [] }, { compact: false }), '{\n' +
                   '  a: {},\n' +
                   '  b: []\n' +
                   '}');
assert.strictEqual(inspect({ a: 1, b: { c: [1, 2] } }, { compact: true }), '{ a: 1, b: { c: [ 1, 2 ] } }');
assert.strictEqual(inspect({ a: 'x'.repeat(50), b: { c: ['y'.repeat(40), 'z'.repeat(40)] }, d: Array.from({ length: 30 }, (_, i) => i) }, { compact: true }), "{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
                   '  b:\n' +
                   '   { c:\n' +
                   "      [ 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy',\n" +
                   "        'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' ] },\n" +
                   '  d:\n' +
                   '   [ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29 ] }');
assert.strictEqual(inspect({ a: { b: { c: 'x'.repeat(90) } } }, { compact: true }), '{ a:\n' +
                   '   { b:\n' +
                   '      { c:\n' +
                   "         'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' } } }");
assert.strictEqual(inspect({ a: { b: { c: 1 } }, d: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] }, { compact: 1 }), '{\n' +
                   '  a: {\n' +
                   '    b: { c: 1 }\n' +
                   '  },\n' +
                   '  d: [\n' +
                   '    1,  2, 3, 4,\n' +
                   '    5,  6, 7, 8,\n' +
                   '    9, 10\n' +
                   '  ]\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: {} } }, x: [{ y: [1] }] }, { compact: 2 }), '{\n' +
                   '  a: { b: { c: {} } },\n' +
                   '  x: [ { y: [Array] } ]\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: 1 } }, { compact: 0 }), '{\n' +
                   '  a: {\n' +
                   '    b: 1\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect({ a: 1, b: 2, c: 3 }, { breakLength: 10 }), '{\n' +
                   '  a: 1,\n' +
                   '  b: 2,\n' +
                   '  c: 3\n' +
                   '}');
assert.strictEqual(inspect({ a: [1, 2], b: 'c' }, { breakLength: 0 }), '{\n' +
                   '  a: [\n' +
                   '    1,\n' +
                   '    2\n' +
                   '  ],\n' +
                   "  b: 'c'\n" +
                   '}');
assert.strictEqual(inspect({ a: 'x'.repeat(100), b: { c: 'y'.repeat(100) } }, { breakLength: Infinity }), "{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: { c: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' } }");
assert.strictEqual(inspect({ c: 1, a: 2, b: 3, [Symbol('a')]: 1 }, { sorted: true }), '{ [Symbol(a)]: 1, a: 2, b: 3, c: 1 }');
assert.strictEqual(inspect({ c: 1, a: 2, b: 3 }, { sorted: (x, y) => (x < y ? 1 : -1) }), '{ c: 1, b: 3, a: 2 }');
assert.strictEqual(inspect(Object.assign([3, 1, 2], { z: 1, b: 2 }), { sorted: true }), '[ 3, 1, 2, b: 2, z: 1 ]');
assert.strictEqual(inspect(new Set(['b', 'a']), { sorted: true }), "Set(2) { 'a', 'b' }");
assert.strictEqual(inspect({ b: { d: 1, c: 2 }, a: [3, 1] }, { sorted: true }), '{ a: [ 3, 1 ], b: { c: 2, d: 1 } }');
assert.strictEqual(inspect([1234567, 0.0001234, -1234.5678, 1e21, 123n, -0], { numericSeparator: true }), '[ 1_234_567, 0.000_123_4, -1_234.567_8, 1e+21, 123n, 0 ]');
assert.strictEqual(inspect(1e-7, { numericSeparator: true }), '1e-.1e-_7');
assert.strictEqual(inspect(Array.from({ length: 20 }, (_, i) => i * 12345), { numericSeparator: true }), '[\n' +
                   '        0,  12_345,  24_690,\n' +
                   '   37_035,  49_380,  61_725,\n' +
                   '   74_070,  86_415,  98_760,\n' +
                   '  111_105, 123_450, 135_795,\n' +
                   '  148_140, 160_485, 172_830,\n' +
                   '  185_175, 197_520, 209_865,\n' +
                   '  222_210, 234_555\n' +
                   ']');
assert.strictEqual(inspect(new Uint32Array([1234567]), { numericSeparator: true }), 'Uint32Array(1) [ 1_234_567 ]');

// inspect.defaultOptions: Node's defaults, changed through its setter (which accepts only
// objects and merges them in).
assert.deepStrictEqual(inspect.defaultOptions, {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});
const descriptor = Object.getOwnPropertyDescriptor(inspect, 'defaultOptions');
assert.strictEqual(descriptor.enumerable, false);
assert.strictEqual(descriptor.configurable, false);
assert.throws(() => { inspect.defaultOptions = null; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options" argument must be of type object. Received null',
});
assert.throws(() => { inspect.defaultOptions = 'depth'; }, { code: 'ERR_INVALID_ARG_TYPE' });
inspect.defaultOptions = { depth: 0 };
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(inspect.defaultOptions.depth, 0);
inspect.defaultOptions = { depth: 2 };
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');
// The defaults object is sealed: unknown keys cannot be added.
assert.throws(() => { inspect.defaultOptions.unknown = true; }, TypeError);
assert.strictEqual(Object.isSealed(inspect.defaultOptions), true);
