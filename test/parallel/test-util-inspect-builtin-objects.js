'use strict';
// util.inspect() of boxed primitives, dates, regular expressions, promises and other built-in objects.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect([new Number(3), new String('ab'), new Boolean(false), Object(1n), Object(Symbol('x')), new Number(-0)]), '[\n' +
                   '  [Number: 3],\n' +
                   "  [String: 'ab'],\n" +
                   '  [Boolean: false],\n' +
                   '  [BigInt: 1n],\n' +
                   '  [Symbol: Symbol(x)],\n' +
                   '  [Number: -0]\n' +
                   ']');
assert.strictEqual(inspect(Object.assign(new String('ab'), { x: 1 })), "[String: 'ab'] { x: 1 }");
assert.strictEqual(inspect(new String('ab'), { showHidden: true }), "[String: 'ab'] { [length]: 2 }");
class MyNumber extends Number {}
assert.strictEqual(inspect(new MyNumber(5)), '[Number (MyNumber): 5]');
const nullNumber = new Number(3); Object.setPrototypeOf(nullNumber, null);
assert.strictEqual(inspect(nullNumber), '[Number (null prototype): 3]');
assert.strictEqual(inspect(new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(inspect(new Date(NaN)), 'Invalid Date');
assert.strictEqual(inspect(Object.assign(new Date(0), { x: 1 })), '1970-01-01T00:00:00.000Z { x: 1 }');
class MyDate extends Date {}
assert.strictEqual(inspect(new MyDate(0)), 'MyDate 1970-01-01T00:00:00.000Z');
const nullDate = new Date(0); Object.setPrototypeOf(nullDate, null);
assert.strictEqual(inspect(nullDate), '[Date: null prototype] 1970-01-01T00:00:00.000Z');
assert.strictEqual(inspect(/ab+c/gi), '/ab+c/gi');
assert.strictEqual(inspect(Object.assign(/a/, { x: 1 })), '/a/ { x: 1 }');
class MyRegExp extends RegExp {}
assert.strictEqual(inspect(new MyRegExp('a', 'y')), 'MyRegExp /a/y');
const nullRegExp = /a/g; Object.setPrototypeOf(nullRegExp, null);
assert.strictEqual(inspect(nullRegExp), '[RegExp: null prototype] /a/g');
assert.strictEqual(inspect({ a: { b: { c: { r: Object.assign(/a/, { x: 1 }) } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(inspect([Promise.resolve(1), new Promise(() => {}), Promise.resolve({ a: [1] })]), '[ Promise { 1 }, Promise { <pending> }, Promise { { a: [Array] } } ]');
const rejected = Promise.reject(3); rejected.catch(() => {});
assert.strictEqual(inspect(rejected), 'Promise { <rejected> 3 }');
assert.strictEqual(inspect(Object.assign(Promise.resolve(1), { x: 2 })), 'Promise { 1, x: 2 }');
assert.strictEqual(inspect({ a: { b: Promise.resolve({ c: { d: 1 } }) } }), '{ a: { b: Promise { [Object] } } }');
assert.strictEqual(inspect(new WeakRef({ a: 1 })), 'WeakRef {}');
assert.strictEqual(inspect((async function* () {})()), 'Object [AsyncGenerator] {}');
