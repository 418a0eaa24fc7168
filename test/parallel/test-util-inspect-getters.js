'use strict';
// util.inspect() shows accessors as [Getter], [Setter] or [Getter/Setter], and calls getters when the getters option asks for it.
require('../common');
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const accessors = { get a() { return 1; }, set b(v) {}, get c() { return 's'; }, set c(v) {} };
assert.strictEqual(inspect(accessors), '{ a: [Getter], b: [Setter], c: [Getter/Setter] }');
assert.strictEqual(inspect(accessors, { getters: true }), "{ a: [Getter: 1], b: [Setter], c: [Getter/Setter: 's'] }");
assert.strictEqual(inspect(accessors, { getters: 'get' }), '{ a: [Getter: 1], b: [Setter], c: [Getter/Setter] }');
assert.strictEqual(inspect(accessors, { getters: 'set' }), "{ a: [Getter], b: [Setter], c: [Getter/Setter: 's'] }");
assert.strictEqual(inspect({ get n() { return null; }, get o() { return { x: [1] }; } }, { getters: true }), '{ n: [Getter: null], o: [Getter] { x: [ 1 ] } }');
assert.strictEqual(inspect({ get a() { throw new Error('nope'); } }, { getters: true }), '{ a: [Getter: <Inspection threw (nope)>] }');
class Point { constructor() { this.x = 1; } get length() { return 42; } }
assert.strictEqual(inspect(new Point()), 'Point { x: 1 }');
assert.strictEqual(inspect(new Point(), { showHidden: true }), 'Point { x: 1, [length]: [Getter] }');
assert.strictEqual(inspect(new Point(), { showHidden: true, getters: true }), 'Point { x: 1, [length]: [Getter: 42] }');
