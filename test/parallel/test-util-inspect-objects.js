'use strict';
// util.inspect() of plain objects, class instances and null-prototype objects: key quoting, nesting depth, Symbol.toStringTag and when entries share a line.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect({}), '{}');
assert.strictEqual(inspect({ a: 1, b: 'x', c: [1, 2], d: { e: { f: { g: {} } } } }), "{ a: 1, b: 'x', c: [ 1, 2 ], d: { e: { f: [Object] } } }");
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect({ a: { b: 1 }, c: [], d: [1] }, { depth: 0 }), '{ a: [Object], c: [], d: [Array] }');
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null }), '{\n' +
                   '  a: {\n' +
                   '    b: { c: { d: { e: 1 } } }\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: { d: { e: 1 } } } } }, { depth: Infinity }), '{\n' +
                   '  a: {\n' +
                   '    b: { c: { d: { e: 1 } } }\n' +
                   '  }\n' +
                   '}');
assert.strictEqual(inspect({ 'a-b': 1, "it's": 2, 1: 3, _a1: 4, 'é': 5, '': 6, '01': 7 }), '{ \'1\': 3, \'a-b\': 1, "it\'s": 2, _a1: 4, \'é\': 5, \'\': 6, \'01\': 7 }');
assert.strictEqual(inspect({ '\n': 1, 'a b': 2, $: 3 }), "{ '\\n': 1, 'a b': 2, '$': 3 }");
assert.strictEqual(inspect(JSON.parse('{"__proto__": 1}')), "{ ['__proto__']: 1 }");
assert.strictEqual(inspect({ [Symbol('x')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol('a\'b')]: 4 }), '{\n' +
                   '  [Symbol(x)]: 1,\n' +
                   '  [Symbol()]: 2,\n' +
                   '  [Symbol(Symbol.iterator)]: 3,\n' +
                   "  [Symbol(a\\'b)]: 4\n" +
                   '}');
assert.strictEqual(inspect({ a: undefined, b: null }), '{ a: undefined, b: null }');
assert.strictEqual(inspect(Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(inspect(Object.assign(Object.create(null), { a: 1 })), '[Object: null prototype] { a: 1 }');
assert.strictEqual(inspect({ a: { b: { c: Object.create(null) } } }), '{ a: { b: { c: [Object: null prototype] {} } } }');
assert.strictEqual(inspect(Object.create(Object.create(null))), 'Object <[Object: null prototype] {}> {}');
assert.strictEqual(inspect({ a: { b: { c: Object.create(Object.create(null)) } } }), '{ a: { b: { c: Object <Complex prototype> {} } } }');
assert.strictEqual(inspect(Object.create({})), '{}');
class Foo { constructor() { this.a = 1; } }
assert.strictEqual(inspect(new Foo()), 'Foo { a: 1 }');
assert.strictEqual(inspect({ a: { b: { c: new Foo() } } }), '{ a: { b: { c: [Foo] } } }');
assert.strictEqual(inspect(new (class {})()), '{}');
assert.strictEqual(inspect(Object.create(Foo.prototype)), 'Foo {}');
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
assert.strictEqual(inspect(new Tagged()), 'Tagged [Tag] {}');
assert.strictEqual(inspect(Object.assign(new Tagged(), { x: 1 })), 'Tagged [Tag] { x: 1 }');
assert.strictEqual(inspect({ [Symbol.toStringTag]: 'own' }), "{ [Symbol(Symbol.toStringTag)]: 'own' }");
assert.strictEqual(inspect(Object.defineProperty({}, Symbol.toStringTag, { value: 'hidden' })), 'Object [hidden] {}');
assert.strictEqual(inspect({ constructor: 'x', a: 1 }), "{ constructor: 'x', a: 1 }");
assert.strictEqual(inspect((function() { return arguments; })(1, 'a')), "[Arguments] { '0': 1, '1': 'a' }");
assert.strictEqual(inspect((function() { return arguments; })()), '[Arguments] {}');
assert.strictEqual(inspect((function* () {})()), 'Object [Generator] {}');
assert.strictEqual(inspect(Math), 'Object [Math] {}');
assert.strictEqual(inspect(JSON), 'Object [JSON] {}');
assert.strictEqual(inspect(Object.fromEntries(Array.from({ length: 26 }, (_, i) => [String.fromCharCode(97 + i), i]))), '{\n' +
                   '  a: 0,\n' +
                   '  b: 1,\n' +
                   '  c: 2,\n' +
                   '  d: 3,\n' +
                   '  e: 4,\n' +
                   '  f: 5,\n' +
                   '  g: 6,\n' +
                   '  h: 7,\n' +
                   '  i: 8,\n' +
                   '  j: 9,\n' +
                   '  k: 10,\n' +
                   '  l: 11,\n' +
                   '  m: 12,\n' +
                   '  n: 13,\n' +
                   '  o: 14,\n' +
                   '  p: 15,\n' +
                   '  q: 16,\n' +
                   '  r: 17,\n' +
                   '  s: 18,\n' +
                   '  t: 19,\n' +
                   '  u: 20,\n' +
                   '  v: 21,\n' +
                   '  w: 22,\n' +
                   '  x: 23,\n' +
                   '  y: 24,\n' +
                   '  z: 25\n' +
                   '}');
assert.strictEqual(inspect({ a: 'x'.repeat(50), b: 'y'.repeat(20) }), '{\n' +
                   "  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',\n" +
                   "  b: 'yyyyyyyyyyyyyyyyyyyy'\n" +
                   '}');
assert.strictEqual(inspect({ key1: 'a'.repeat(30), key2: 'b'.repeat(30), key3: { nested: 'c'.repeat(20) } }), '{\n' +
                   "  key1: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',\n" +
                   "  key2: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n" +
                   "  key3: { nested: 'cccccccccccccccccccc' }\n" +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: {} } } }), '{ a: { b: { c: {} } } }');
assert.strictEqual(inspect({ a: { b: { c: { x: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, { depth: 5 }), '{\n' +
                   '  a: { b: { c: { d: 1 } } }\n' +
                   '}');
assert.strictEqual(inspect({ z: 1, a: { b: { c: { d: 1 } } } }, { depth: 5 }), '{\n' +
                   '  z: 1,\n' +
                   '  a: { b: { c: { d: 1 } } }\n' +
                   '}');
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } }, z: 1 }, { depth: 5 }), '{\n' +
                   '  a: { b: { c: { d: 1 } } },\n' +
                   '  z: 1\n' +
                   '}');
assert.strictEqual(inspect({ a: [{ b: 1 }, { c: [1, 2, { d: 3 }] }], e: 'f' }), "{ a: [ { b: 1 }, { c: [Array] } ], e: 'f' }");
assert.strictEqual(inspect([{ name: 'alpha', value: 1 }, { name: 'beta', value: 2 }, { name: 'gamma', value: 3 }]), '[\n' +
                   "  { name: 'alpha', value: 1 },\n" +
                   "  { name: 'beta', value: 2 },\n" +
                   "  { name: 'gamma', value: 3 }\n" +
                   ']');
