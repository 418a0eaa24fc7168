'use strict';
// structuredClone() copies what the HTML structured clone algorithm copies: primitives,
// plain objects and arrays, Date, RegExp, Map, Set, ArrayBuffers and their views, BigInts and
// boxed primitives, keeping cycles and shared references. Everything else about an object
// (prototype, getters, non-enumerable and symbol keys) is left behind.
require('../common');
const assert = require('assert');

function same(value) {
  const copy = structuredClone(value);
  assert.deepStrictEqual(copy, value);
  if (typeof value === 'object' && value !== null) assert.notStrictEqual(copy, value);
  return copy;
}

// Primitives come back as they are.
for (const value of [undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 2 ** 53,
                     '', 'text', 'h\u00e9\u4e16\u{1F600}', '\uD800', 10n, -(2n ** 100n)]) {
  assert.ok(Object.is(structuredClone(value), value), String(value));
}

same({ a: 1, b: 'two', c: [3, { d: null }], e: undefined });
same([1, 'a', [2, [3]], { x: 1 }]);
same(new Array(5).fill(0));
same(Object.assign([1, 2], { extra: 'kept' }));
same({ 1: 'a', '-1': 'b', 4294967295: 'c' });

// Holes and sparse arrays stay sparse.
{
  const copy = same([1, , 3]);
  assert.ok(!(1 in copy));
  const sparse = [];
  sparse[1000] = 'far';
  assert.deepStrictEqual(Object.keys(structuredClone(sparse)), ['1000']);
  assert.strictEqual(structuredClone(sparse).length, 1001);
}

// Dates and regular expressions (lastIndex is not copied).
{
  const date = new Date(1e12);
  date.extra = 'dropped';
  const copy = structuredClone(date);
  assert.ok(copy instanceof Date);
  assert.strictEqual(copy.getTime(), 1e12);
  assert.strictEqual(copy.extra, undefined);
  assert.ok(Number.isNaN(structuredClone(new Date(NaN)).getTime()));

  const regexp = /a(b+)c/gimsuy;
  regexp.lastIndex = 3;
  const regexpCopy = structuredClone(regexp);
  assert.ok(regexpCopy instanceof RegExp);
  assert.strictEqual(regexpCopy.source, 'a(b+)c');
  assert.strictEqual(regexpCopy.flags, 'gimsuy');
  assert.strictEqual(regexpCopy.lastIndex, 0);
}

// Maps and Sets keep their order; keys and values are cloned too.
{
  const key = { k: 1 };
  const map = structuredClone(new Map([[3, 'three'], [key, { v: 1 }], ['x', key]]));
  assert.deepStrictEqual([...map.keys()].slice(0, 1), [3]);
  const [, clonedKey, last] = [...map.keys()];
  assert.deepStrictEqual(clonedKey, key);
  assert.notStrictEqual(clonedKey, key);
  assert.strictEqual(map.get('x'), clonedKey);  // shared references stay shared
  assert.strictEqual(last, 'x');
  const set = structuredClone(new Set([2, 1, 'a', key]));
  assert.deepStrictEqual([...set].slice(0, 3), [2, 1, 'a']);
}

// Boxed primitives.
{
  const [number, string, boolean, bigint] = structuredClone([Object(1), Object('s'), Object(false), Object(3n)]);
  assert.strictEqual(typeof number, 'object');
  assert.strictEqual(number.valueOf(), 1);
  assert.strictEqual(string.valueOf(), 's');
  assert.strictEqual(boolean.valueOf(), false);
  assert.strictEqual(bigint.valueOf(), 3n);
}

// Cycles and shared references survive.
{
  const node = { name: 'root', children: [] };
  node.self = node;
  node.children.push({ parent: node });
  const copy = structuredClone(node);
  assert.strictEqual(copy.self, copy);
  assert.strictEqual(copy.children[0].parent, copy);
  const shared = { s: 1 };
  const [first, second] = structuredClone([shared, shared]);
  assert.strictEqual(first, second);
}

// Objects become plain objects: no prototype, no methods, getters read once, no
// non-enumerable or symbol-keyed properties.
{
  class Point {
    constructor() { this.x = 1; }
    method() {}
  }
  const point = structuredClone(new Point());
  assert.strictEqual(Object.getPrototypeOf(point), Object.prototype);
  assert.deepStrictEqual(point, { x: 1 });

  let reads = 0;
  const withGetter = structuredClone({ get value() { reads++; return 42; } });
  assert.strictEqual(reads, 1);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(withGetter, 'value'),
                         { value: 42, writable: true, enumerable: true, configurable: true });

  const hidden = Object.defineProperty({ shown: 1 }, 'hidden', { value: 2, enumerable: false });
  assert.deepStrictEqual(Object.getOwnPropertyNames(structuredClone(hidden)), ['shown']);
  assert.deepStrictEqual(structuredClone({ [Symbol('key')]: 1, a: 2 }), { a: 2 });

  const inherited = Object.create({ fromPrototype: 1 });
  inherited.own = 2;
  assert.deepStrictEqual(structuredClone(inherited), { own: 2 });

  const nullProto = Object.create(null);
  nullProto.a = 1;
  assert.strictEqual(Object.getPrototypeOf(structuredClone(nullProto)), Object.prototype);

  const frozen = structuredClone(Object.freeze({ a: 1 }));
  assert.ok(!Object.isFrozen(frozen));
}

// ArrayBuffers and views: copied, each view keeps its kind, offset and length, views of one
// buffer still share a (new) buffer. A Buffer comes back as a plain Uint8Array.
{
  const memory = new ArrayBuffer(16);
  new Uint8Array(memory).set([1, 2, 3, 4, 5, 6, 7, 8]);
  const views = {
    memory,
    bytes: new Uint8Array(memory, 1, 4),
    words: new Uint16Array(memory, 2, 3),
    data: new DataView(memory, 4, 8),
  };
  const copy = structuredClone(views);
  assert.notStrictEqual(copy.memory, memory);
  assert.strictEqual(copy.bytes.buffer, copy.memory);
  assert.strictEqual(copy.words.buffer, copy.memory);
  assert.strictEqual(copy.data.buffer, copy.memory);
  assert.strictEqual(copy.words.byteOffset, 2);
  assert.strictEqual(copy.words.length, 3);
  assert.strictEqual(copy.data.byteOffset, 4);
  assert.strictEqual(copy.data.byteLength, 8);
  assert.deepStrictEqual([...copy.bytes], [2, 3, 4, 5]);
  copy.bytes[0] = 99;
  assert.strictEqual(new Uint8Array(memory)[1], 2);

  for (const Kind of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
                      Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
    const value = Kind.name.startsWith('Big') ? new Kind([1n, 2n]) : new Kind([1, 2]);
    const kindCopy = structuredClone(value);
    assert.strictEqual(Object.getPrototypeOf(kindCopy), Kind.prototype);
    assert.deepStrictEqual(kindCopy, value);
  }

  const buffer = structuredClone(Buffer.from('hi'));
  assert.strictEqual(Object.getPrototypeOf(buffer), Uint8Array.prototype);
  assert.deepStrictEqual([...buffer], [104, 105]);

  const typed = new Uint8Array(2);
  typed.extra = 1;
  assert.strictEqual(structuredClone(typed).extra, undefined);
}

// A SharedArrayBuffer is shared, not copied.
{
  const shared = new SharedArrayBuffer(4);
  const copy = structuredClone({ shared, again: shared, view: new Int32Array(shared) });
  assert.ok(copy.shared instanceof SharedArrayBuffer);
  assert.notStrictEqual(copy.shared, shared);
  assert.strictEqual(copy.again, copy.shared);
  assert.strictEqual(copy.view.buffer, copy.shared);
  new Int32Array(shared)[0] = 7;
  assert.strictEqual(copy.view[0], 7);
}

// Big structures.
{
  const long = 'x'.repeat(1e6);
  assert.strictEqual(structuredClone(long), long);
  const wide = Object.fromEntries(Array.from({ length: 10000 }, (_, i) => [`k${i}`, i]));
  assert.deepStrictEqual(structuredClone(wide), wide);
}
