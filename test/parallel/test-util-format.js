'use strict';
// util.format(): every placeholder (%s %d %i %f %j %o %O %c %%), how %s picks between String() and inspect(), and extra arguments.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(util.format('%s', 'a'), 'a');
assert.strictEqual(util.format('%s %s', 'a'), 'a %s');
assert.strictEqual(util.format('%s', 1.5), '1.5');
assert.strictEqual(util.format('%s', -0), '-0');
assert.strictEqual(util.format('%s', 12n), '12n');
assert.strictEqual(util.format('%s', Symbol('x')), 'Symbol(x)');
assert.strictEqual(util.format('%s', null), 'null');
assert.strictEqual(util.format('%s', undefined), 'undefined');
assert.strictEqual(util.format('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
assert.strictEqual(util.format('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
assert.strictEqual(util.format('%s', new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.format('%s', new Map([[1, { a: 1 }]])), 'Map(1) { 1 => [Object] }');
assert.strictEqual(util.format('%s', function f() {}), 'function f() {}');
assert.strictEqual(util.format('%s', class A {}), 'class A {}');
assert.strictEqual(util.format('%s', { toString() { return 'custom toString'; } }), 'custom toString');
assert.strictEqual(util.format('%s', { [Symbol.toPrimitive]() { return 'primitive'; } }), 'primitive');
class WithToString { toString() { return 'from class'; } }
assert.strictEqual(util.format('%s', new WithToString()), 'from class');
class Plain {}
assert.strictEqual(util.format('%s', new Plain()), 'Plain {}');
class ErrorWithToString extends Error { toString() { return 'custom error'; } }
assert.strictEqual(util.format('%s', new ErrorWithToString('m')), 'custom error');
assert.strictEqual(util.format('%s', Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(util.format('%s', new Proxy({ a: 1 }, {})), '{ a: 1 }');
assert.strictEqual(util.format('%s', { a: 1, toString: 5 }), '{ a: 1, toString: 5 }');
assert.strictEqual(util.format('%d', 42), '42');
assert.strictEqual(util.format('%d', '42'), '42');
assert.strictEqual(util.format('%d', '0x10'), '16');
assert.strictEqual(util.format('%d', 1.5), '1.5');
assert.strictEqual(util.format('%d', -0), '-0');
assert.strictEqual(util.format('%d', {}), 'NaN');
assert.strictEqual(util.format('%d', 10n), '10n');
assert.strictEqual(util.format('%d', Symbol()), 'NaN');
assert.strictEqual(util.format('%d', null), '0');
assert.strictEqual(util.format('%d', ''), '0');
assert.strictEqual(util.format('%i', 42.9), '42');
assert.strictEqual(util.format('%i', '42.9abc'), '42');
assert.strictEqual(util.format('%i', -0.5), '-0');
assert.strictEqual(util.format('%i', 10n), '10n');
assert.strictEqual(util.format('%i', Symbol()), 'NaN');
assert.strictEqual(util.format('%i', 'abc'), 'NaN');
assert.strictEqual(util.format('%f', '1.5'), '1.5');
assert.strictEqual(util.format('%f', 'abc'), 'NaN');
assert.strictEqual(util.format('%f', Symbol()), 'NaN');
assert.strictEqual(util.format('%f', -0), '0');
assert.strictEqual(util.format('%j', { a: 1 }), '{"a":1}');
assert.strictEqual(util.format('%j', 'str'), '"str"');
assert.strictEqual(util.format('%j', undefined), 'undefined');
assert.strictEqual(util.format('%j', { toJSON() { return 'json'; } }), '"json"');
const loop = {}; loop.loop = loop;
assert.strictEqual(util.format('%j', loop), '[Circular]');
assert.strictEqual(util.format('%o', { a: [1, 2], f() {} }), '{\n' +
                   '  a: [ 1, 2, [length]: 2 ],\n' +
                   "  f: [Function: f] { [length]: 0, [name]: 'f' }\n" +
                   '}');
assert.strictEqual(util.format('%o', [1, [2, [3, [4, [5, [6]]]]]]), '[\n' +
                   '  1,\n' +
                   '  [\n' +
                   '    2,\n' +
                   '    [ 3, [ 4, [ 5, [Array], [length]: 2 ], [length]: 2 ], [length]: 2 ],\n' +
                   '    [length]: 2\n' +
                   '  ],\n' +
                   '  [length]: 2\n' +
                   ']');
assert.strictEqual(util.format('%O', { a: [1, 2], f() {} }), '{ a: [ 1, 2 ], f: [Function: f] }');
assert.strictEqual(util.format('%O', { a: { b: { c: { d: {} } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.format('%c', 'color: red'), '');
assert.strictEqual(util.format('a%cb', 'css', 'rest'), 'ab rest');
assert.strictEqual(util.format('%%'), '%%');
assert.strictEqual(util.format('%%', 1), '% 1');
assert.strictEqual(util.format('%% %s', 1), '% 1');
assert.strictEqual(util.format('100%'), '100%');
assert.strictEqual(util.format('100%', 1), '100% 1');
assert.strictEqual(util.format('%'), '%');
assert.strictEqual(util.format('%s%s', 'a'), 'a%s');
assert.strictEqual(util.format('%s:%s', 'a', 'b', 'c', { d: 1 }), 'a:b c { d: 1 }');
assert.strictEqual(util.format('%x %s', 1), '%x 1');
assert.strictEqual(util.format('%s'), '%s');
assert.strictEqual(util.format(), '');
assert.strictEqual(util.format(''), '');
assert.strictEqual(util.format('', 1), ' 1');
assert.strictEqual(util.format(1, 2, 3), '1 2 3');
assert.strictEqual(util.format({ a: 1 }, 'x'), '{ a: 1 } x');
assert.strictEqual(util.format(null, undefined, 'x'), 'null undefined x');
assert.strictEqual(util.format('a', 'b'), 'a b');
assert.strictEqual(util.format('a\nb', { c: 1 }), 'a\n' +
                   'b { c: 1 }');
assert.strictEqual(util.format('%s', 'a'.repeat(100)), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');

// JSON.stringify errors other than cycles propagate.
assert.throws(() => util.format('%j', { a: 1n }), TypeError);
assert.throws(() => util.format('%j', { toJSON() { throw new Error('from toJSON'); } }),
              { message: 'from toJSON' });
