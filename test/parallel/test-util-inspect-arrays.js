'use strict';
// util.inspect() of arrays: holes, maxArrayLength, extra properties, subclasses, and the grouping of many short items into aligned columns.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect([]), '[]');
assert.strictEqual(inspect([1, 'a', [2, [3, [4, [5]]]]]), "[ 1, 'a', [ 2, [ 3, [Array] ] ] ]");
assert.strictEqual(inspect([1, , , 4, , ]), '[ 1, <2 empty items>, 4, <1 empty item> ]');
assert.strictEqual(inspect(new Array(5)), '[ <5 empty items> ]');
assert.strictEqual(inspect([, 'a']), "[ <1 empty item>, 'a' ]");
assert.strictEqual(inspect([undefined, null, , -0]), '[ undefined, null, <1 empty item>, -0 ]');
const sparse = [1, 2, 3]; sparse[10] = 4; sparse.x = 5;
assert.strictEqual(inspect(sparse), '[ 1, 2, 3, <7 empty items>, 4, x: 5 ]');
const holes = []; holes[1] = 1; holes[3] = 3; holes[5] = 5; holes[100] = 2;
assert.strictEqual(inspect(holes, { maxArrayLength: 3 }), '[ <1 empty item>, 1, <1 empty item>, ... 98 more items ]');
assert.strictEqual(inspect(holes, { maxArrayLength: 4 }), '[ <1 empty item>, 1, <1 empty item>, 3, ... 97 more items ]');
assert.strictEqual(inspect(Array.from({ length: 200 }, (_, i) => i)), '[\n' +
                   '   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n' +
                   '  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n' +
                   '  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n' +
                   '  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n' +
                   '  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n' +
                   '  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n' +
                   '  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n' +
                   '  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n' +
                   '  96, 97, 98, 99,\n' +
                   '  ... 100 more items\n' +
                   ']');
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: 1 }), '[ 1, ... 2 more items ]');
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: 0 }), '[ ... 3 more items ]');
assert.strictEqual(inspect([1, 2, 3], { maxArrayLength: -1 }), '[ ... 3 more items ]');
assert.strictEqual(inspect(Array.from({ length: 120 }, (_, i) => i), { maxArrayLength: null }).length, 622);
const extra = [1, 2]; extra.foo = 'bar'; extra[Symbol('s')] = 1;
assert.strictEqual(inspect(extra), "[ 1, 2, foo: 'bar', [Symbol(s)]: 1 ]");
class MyArray extends Array {}
assert.strictEqual(inspect(MyArray.from([1, 2])), 'MyArray(2) [ 1, 2 ]');
assert.strictEqual(inspect(new MyArray()), 'MyArray(0) []');
assert.strictEqual(inspect(Array.from({ length: 26 }, (_, i) => i)), '[\n' +
                   '   0,  1,  2,  3,  4,  5,  6,  7,\n' +
                   '   8,  9, 10, 11, 12, 13, 14, 15,\n' +
                   '  16, 17, 18, 19, 20, 21, 22, 23,\n' +
                   '  24, 25\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 26 }, (_, i) => 'x'.repeat(i % 7))), '[\n' +
                   "  '',       'x',      'xx',     'xxx',\n" +
                   "  'xxxx',   'xxxxx',  'xxxxxx', '',\n" +
                   "  'x',      'xx',     'xxx',    'xxxx',\n" +
                   "  'xxxxx',  'xxxxxx', '',       'x',\n" +
                   "  'xx',     'xxx',    'xxxx',   'xxxxx',\n" +
                   "  'xxxxxx', '',       'x',      'xx',\n" +
                   "  'xxx',    'xxxx'\n" +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 30 }, (_, i) => i * 1234.5)), '[\n' +
                   '      0,  1234.5,  2469,  3703.5,\n' +
                   '   4938,  6172.5,  7407,  8641.5,\n' +
                   '   9876, 11110.5, 12345, 13579.5,\n' +
                   '  14814, 16048.5, 17283, 18517.5,\n' +
                   '  19752, 20986.5, 22221, 23455.5,\n' +
                   '  24690, 25924.5, 27159, 28393.5,\n' +
                   '  29628, 30862.5, 32097, 33331.5,\n' +
                   '  34566, 35800.5\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 20 }, (_, i) => BigInt(i) ** 5n)), '[\n' +
                   '        0n,       1n,      32n,\n' +
                   '      243n,    1024n,    3125n,\n' +
                   '     7776n,   16807n,   32768n,\n' +
                   '    59049n,  100000n,  161051n,\n' +
                   '   248832n,  371293n,  537824n,\n' +
                   '   759375n, 1048576n, 1419857n,\n' +
                   '  1889568n, 2476099n\n' +
                   ']');
assert.strictEqual(inspect([1, 'two', 3, 'four', 5, 'six', 7, 'eight', 9]), '[\n' +
                   "  1, 'two',\n" +
                   "  3, 'four',\n" +
                   "  5, 'six',\n" +
                   "  7, 'eight',\n" +
                   '  9\n' +
                   ']');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6]), '[ 1, 2, 3, 4, 5, 6 ]');
assert.strictEqual(inspect([1, 2, 3, 4, 5, 6, 7]), '[\n' +
                   '  1, 2, 3, 4,\n' +
                   '  5, 6, 7\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 10 }, (_, i) => ({ i }))), '[\n' +
                   '  { i: 0 }, { i: 1 },\n' +
                   '  { i: 2 }, { i: 3 },\n' +
                   '  { i: 4 }, { i: 5 },\n' +
                   '  { i: 6 }, { i: 7 },\n' +
                   '  { i: 8 }, { i: 9 }\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 10 }, (_, i) => 'a'.repeat(i * 4))), '[\n' +
                   "  '',\n" +
                   "  'aaaa',\n" +
                   "  'aaaaaaaa',\n" +
                   "  'aaaaaaaaaaaa',\n" +
                   "  'aaaaaaaaaaaaaaaa',\n" +
                   "  'aaaaaaaaaaaaaaaaaaaa',\n" +
                   "  'aaaaaaaaaaaaaaaaaaaaaaaa',\n" +
                   "  'aaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n" +
                   "  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n" +
                   "  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\n" +
                   ']');
assert.strictEqual(inspect({ data: Array.from({ length: 50 }, (_, i) => i), other: 'x' }), '{\n' +
                   '  data: [\n' +
                   '     0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10,\n' +
                   '    11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,\n' +
                   '    22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32,\n' +
                   '    33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43,\n' +
                   '    44, 45, 46, 47, 48, 49\n' +
                   '  ],\n' +
                   "  other: 'x'\n" +
                   '}');
assert.strictEqual(inspect(Array.from({ length: 120 }, (_, i) => (i % 3 ? 'ab' : 'abcdef'))), '[\n' +
                   "  'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef',\n" +
                   "  'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',\n" +
                   "  'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',\n" +
                   "  'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef',\n" +
                   "  'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',\n" +
                   "  'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',\n" +
                   "  'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef',\n" +
                   "  'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',\n" +
                   "  'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',\n" +
                   "  'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef',\n" +
                   "  'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',\n" +
                   "  'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',\n" +
                   "  'abcdef', 'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef',\n" +
                   "  'ab',     'ab',     'abcdef', 'ab',     'ab',     'abcdef', 'ab',\n" +
                   "  'ab',     'abcdef',\n" +
                   '  ... 20 more items\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 100 }, () => 1)), '[\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,\n' +
                   '  1, 1, 1, 1\n' +
                   ']');
assert.strictEqual(inspect(['a', 'bb', 'ccc', 'dddd', 'eeeeeeeeeeeeeeeeeeee', 'f', 'g', 'h', 'i', 'j']), '[\n' +
                   "  'a',\n" +
                   "  'bb',\n" +
                   "  'ccc',\n" +
                   "  'dddd',\n" +
                   "  'eeeeeeeeeeeeeeeeeeee',\n" +
                   "  'f',\n" +
                   "  'g',\n" +
                   "  'h',\n" +
                   "  'i',\n" +
                   "  'j'\n" +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 30 }, (_, i) => i), { breakLength: 20 }), '[\n' +
                   '   0,  1,  2,  3,  4,\n' +
                   '   5,  6,  7,  8,  9,\n' +
                   '  10, 11, 12, 13, 14,\n' +
                   '  15, 16, 17, 18, 19,\n' +
                   '  20, 21, 22, 23, 24,\n' +
                   '  25, 26, 27, 28, 29\n' +
                   ']');
assert.strictEqual(inspect(Array.from({ length: 40 }, (_, i) => i), { compact: 1 }), '[\n' +
                   '   0,  1,  2,  3,\n' +
                   '   4,  5,  6,  7,\n' +
                   '   8,  9, 10, 11,\n' +
                   '  12, 13, 14, 15,\n' +
                   '  16, 17, 18, 19,\n' +
                   '  20, 21, 22, 23,\n' +
                   '  24, 25, 26, 27,\n' +
                   '  28, 29, 30, 31,\n' +
                   '  32, 33, 34, 35,\n' +
                   '  36, 37, 38, 39\n' +
                   ']');
assert.strictEqual(inspect([[[[[1]]]], [[[2]]]]), '[ [ [ [Array] ] ], [ [ [Array] ] ] ]');
assert.strictEqual(inspect([[1, 2, [3, 4]], [5, [6, [7, [8]]]]]), '[ [ 1, 2, [ 3, 4 ] ], [ 5, [ 6, [Array] ] ] ]');
