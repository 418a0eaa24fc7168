'use strict';
// util.inspect() of Map, Set, their iterators and the weak collections.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect(new Map([[1, 'a'], [{ b: 2 }, [3]]])), "Map(2) { 1 => 'a', { b: 2 } => [ 3 ] }");
assert.strictEqual(inspect(new Map()), 'Map(0) {}');
assert.strictEqual(inspect(new Set([1, 'a', { b: 2 }])), "Set(3) { 1, 'a', { b: 2 } }");
assert.strictEqual(inspect(new Set()), 'Set(0) {}');
assert.strictEqual(inspect(Object.assign(new Set([1]), { x: 2 })), 'Set(1) { 1, x: 2 }');
assert.strictEqual(inspect(Object.assign(new Map(), { x: 2 })), 'Map(0) { x: 2 }');
assert.strictEqual(inspect({ m: new Map([['a', new Map([['b', new Map([['c', 1]])]])]]) }), "{ m: Map(1) { 'a' => Map(1) { 'b' => [Map] } } }");
assert.strictEqual(inspect(new Set([new Set([new Set([new Set([1])])])])), 'Set(1) { Set(1) { Set(1) { [Set] } } }');
assert.strictEqual(inspect(new Map([[1, 2]]), { depth: -1 }), '[Map]');
assert.strictEqual(inspect(new Set([1, 2, 3, 4]), { maxArrayLength: 2 }), 'Set(4) { 1, 2, ... 2 more items }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }), 'Map(2) { 1 => 2, ... 1 more item }');
assert.strictEqual(inspect(new Map([[1, 2]]), { maxArrayLength: 0 }), 'Map(1) { ... 1 more item }');
assert.strictEqual(inspect(new Map(Array.from({ length: 10 }, (_, i) => [i, 'v' + i]))), 'Map(10) {\n' +
                   "  0 => 'v0',\n" +
                   "  1 => 'v1',\n" +
                   "  2 => 'v2',\n" +
                   "  3 => 'v3',\n" +
                   "  4 => 'v4',\n" +
                   "  5 => 'v5',\n" +
                   "  6 => 'v6',\n" +
                   "  7 => 'v7',\n" +
                   "  8 => 'v8',\n" +
                   "  9 => 'v9'\n" +
                   '}');
assert.strictEqual(inspect(new Set(Array.from({ length: 30 }, (_, i) => i))), 'Set(30) {\n' +
                   '  0,\n' +
                   '  1,\n' +
                   '  2,\n' +
                   '  3,\n' +
                   '  4,\n' +
                   '  5,\n' +
                   '  6,\n' +
                   '  7,\n' +
                   '  8,\n' +
                   '  9,\n' +
                   '  10,\n' +
                   '  11,\n' +
                   '  12,\n' +
                   '  13,\n' +
                   '  14,\n' +
                   '  15,\n' +
                   '  16,\n' +
                   '  17,\n' +
                   '  18,\n' +
                   '  19,\n' +
                   '  20,\n' +
                   '  21,\n' +
                   '  22,\n' +
                   '  23,\n' +
                   '  24,\n' +
                   '  25,\n' +
                   '  26,\n' +
                   '  27,\n' +
                   '  28,\n' +
                   '  29\n' +
                   '}');
assert.strictEqual(inspect(new Map([['b', 1], ['a', 2]]), { sorted: true }), "Map(2) { 'a' => 2, 'b' => 1 }");
class MyMap extends Map {}
assert.strictEqual(inspect(new MyMap([[1, 2]])), 'MyMap(1) [Map] { 1 => 2 }');
class TaggedSet extends Set { get [Symbol.toStringTag]() { return 'Bag'; } }
assert.strictEqual(inspect(new TaggedSet([1])), 'TaggedSet(1) [Bag] { 1 }');
const nullMap = new Map([[1, 2]]); Object.setPrototypeOf(nullMap, null);
assert.strictEqual(inspect(nullMap), '[Map(1): null prototype] { 1 => 2 }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).keys()), '[Map Iterator] { 1, 3 }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).values()), '[Map Iterator] { 2, 4 }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).entries()), '[Map Entries] { [ 1, 2 ], [ 3, 4 ] }');
assert.strictEqual(inspect(new Set([1, 2]).values()), '[Set Iterator] { 1, 2 }');
assert.strictEqual(inspect(new Set([1, 2]).entries()), '[Set Entries] { [ 1, 1 ], [ 2, 2 ] }');
assert.strictEqual(inspect(new Map([[1, 2], [3, 4]]).entries(), { maxArrayLength: 1 }), '[Map Entries] { [ 1, 2 ], ... 1 more item }');
assert.strictEqual(inspect(new Set([1, 2, 3]).values(), { maxArrayLength: 1 }), '[Set Iterator] { 1, ... 2 more items }');
const iterator = new Map([[1, 2], [3, 4]]).keys(); iterator.next();
assert.strictEqual(inspect(iterator), '[Map Iterator] { 3 }');
assert.strictEqual(inspect(new WeakMap()), 'WeakMap { <items unknown> }');
assert.strictEqual(inspect(new WeakSet()), 'WeakSet { <items unknown> }');
const key = { a: 1 };
assert.strictEqual(inspect(new WeakMap([[key, 'v']]), { showHidden: true }), "WeakMap { { a: 1 } => 'v' }");
assert.strictEqual(inspect(new WeakSet([key]), { showHidden: true }), 'WeakSet { { a: 1 } }');
assert.strictEqual(inspect({ m: new Map(), s: new Set(), w: new WeakMap() }, { depth: 0 }), '{ m: Map(0) {}, s: Set(0) {}, w: [WeakMap] }');
