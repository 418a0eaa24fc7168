'use strict';
// util.inspect() of functions and classes: kinds, names, extends clauses and own properties.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect(function foo() {}), '[Function: foo]');
assert.strictEqual(inspect(function() {}), '[Function (anonymous)]');
assert.strictEqual(inspect(() => {}), '[Function (anonymous)]');
assert.strictEqual(inspect(async () => {}), '[AsyncFunction (anonymous)]');
assert.strictEqual(inspect(async function af() {}), '[AsyncFunction: af]');
assert.strictEqual(inspect(function* gen() {}), '[GeneratorFunction: gen]');
assert.strictEqual(inspect(async function* agen() {}), '[AsyncGeneratorFunction: agen]');
assert.strictEqual(inspect(Math.max), '[Function: max]');
assert.strictEqual(inspect(function foo() {}.bind(null)), '[Function: bound foo]');
assert.strictEqual(inspect(class {}), '[class (anonymous)]');
assert.strictEqual(inspect(class A {}), '[class A]');
assert.strictEqual(inspect(class B extends Array {}), '[class B extends Array]');
assert.strictEqual(inspect(class extends Map {}), '[class (anonymous) extends Map]');
assert.strictEqual(inspect(class extends null {}), '[class (anonymous)]');
assert.strictEqual(inspect(class /* ( */ X {}), '[class X]');
function withProps() {} withProps.x = 1; withProps.y = { z: [1] };
assert.strictEqual(inspect(withProps), '[Function: withProps] { x: 1, y: { z: [ 1 ] } }');
function circular() {} circular.self = circular;
assert.strictEqual(inspect(circular), '<ref *1> [Function: circular] { self: [Circular *1] }');
function twoArgs(a, b) {}
assert.strictEqual(inspect(twoArgs, { showHidden: true }), '<ref *1> [Function: twoArgs] {\n' +
                   '  [length]: 2,\n' +
                   "  [name]: 'twoArgs',\n" +
                   '  [prototype]: { [constructor]: [Circular *1] }\n' +
                   '}');
assert.strictEqual(inspect(() => {}, { showHidden: true }), "[Function (anonymous)] { [length]: 0, [name]: '' }");
class Statics { static x = 1; }
assert.strictEqual(inspect(Statics), '[class Statics] { x: 1 }');
class Renamed { static name = 'other'; }
assert.strictEqual(inspect(Renamed), "[class other] { name: 'other' }");
function renamed() {} Object.defineProperty(renamed, 'name', { value: 'changed' });
assert.strictEqual(inspect(renamed), '[Function: changed]');
function objectProto() {} Object.setPrototypeOf(objectProto, Object.prototype);
assert.strictEqual(inspect(objectProto), '[Function: objectProto] Object');
function nullProto() {} Object.setPrototypeOf(nullProto, null);
assert.strictEqual(inspect(nullProto), '[Function (null prototype): nullProto]');
class NullClass {} Object.setPrototypeOf(NullClass, null);
assert.strictEqual(inspect(NullClass), '[class NullClass extends [null prototype]]');
function tagged() {} Object.defineProperty(tagged, Symbol.toStringTag, { value: 'T' });
assert.strictEqual(inspect(tagged), '[Function: tagged] [T]');
assert.strictEqual(inspect({ fn: function named() {}, arrow: () => {} }), '{ fn: [Function: named], arrow: [Function: arrow] }');
assert.strictEqual(inspect({ a: { b: { c: { fn() {} } } } }), '{ a: { b: { c: [Object] } } }');
