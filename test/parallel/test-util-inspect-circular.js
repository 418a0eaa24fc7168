'use strict';
// util.inspect() marks objects that contain themselves with <ref *n> and the repeats with [Circular *n]; shared but acyclic objects print in full.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const self = { a: 1 }; self.self = self; self.list = [self];
assert.strictEqual(inspect(self), '<ref *1> { a: 1, self: [Circular *1], list: [ [Circular *1] ] }');
const a = {}; const b = { a }; a.b = b; const c = { a, b }; a.c = c;
assert.strictEqual(inspect(c), '<ref *2> {\n' +
                   '  a: <ref *1> { b: { a: [Circular *1] }, c: [Circular *2] },\n' +
                   '  b: <ref *3> { a: <ref *1> { b: [Circular *3], c: [Circular *2] } }\n' +
                   '}');
const map = new Map(); map.set(map, map);
assert.strictEqual(inspect(map), '<ref *1> Map(1) { [Circular *1] => [Circular *1] }');
const array = [1]; array.push(array);
assert.strictEqual(inspect(array), '<ref *1> [ 1, [Circular *1] ]');
assert.strictEqual(inspect(self, { compact: true }), '<ref *1> { a: 1, self: [Circular *1], list: [ [Circular *1] ] }');
const first = { name: 'first' }; const second = { name: 'second', first }; first.second = second; first.me = first;
assert.strictEqual(inspect([first, second]), '[\n' +
                   '  <ref *1> {\n' +
                   "    name: 'first',\n" +
                   "    second: { name: 'second', first: [Circular *1] },\n" +
                   '    me: [Circular *1]\n' +
                   '  },\n' +
                   '  <ref *2> {\n' +
                   "    name: 'second',\n" +
                   "    first: <ref *1> { name: 'first', second: [Circular *2], me: [Circular *1] }\n" +
                   '  }\n' +
                   ']');
const shared = { x: 1 };
assert.strictEqual(inspect({ one: shared, two: shared }), '{ one: { x: 1 }, two: { x: 1 } }');
