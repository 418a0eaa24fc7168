'use strict';
// append, delete (with the optional value), get, getAll, has (with the optional value),
// set, sort and size, with node's argument checks and brand checks.
require('../common');
const assert = require('assert');

const params = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(params.size, 3);
assert.strictEqual(params.get('a'), '1');
assert.strictEqual(params.get('missing'), null);
assert.deepStrictEqual(params.getAll('a'), ['1', '3']);
assert.deepStrictEqual(params.getAll('missing'), []);
assert.strictEqual(params.has('b'), true);
assert.strictEqual(params.has('a', '3'), true);
assert.strictEqual(params.has('a', '4'), false);
assert.strictEqual(params.has('a', undefined), true);

params.append('c', 4);
params.append('a', null);
assert.strictEqual(params.toString(), 'a=1&b=2&a=3&c=4&a=null');
params.delete('a', '3');
assert.strictEqual(params.toString(), 'a=1&b=2&c=4&a=null');
params.delete('a', undefined);
assert.strictEqual(params.toString(), 'b=2&c=4');
params.set('b', 'x');
assert.strictEqual(params.toString(), 'b=x&c=4');
params.append('b', 'y');
params.append('c', 5);
params.set('b', 'z');
assert.strictEqual(params.toString(), 'b=z&c=4&c=5');
params.set('d', 6);
assert.strictEqual(params.toString(), 'b=z&c=4&c=5&d=6');
assert.strictEqual(params.size, 4);

// sort: stable, by UTF-16 code units of the names.
const sorted = new URLSearchParams('z=1&a=2&\ud83d\ude00=3&\uffff=4&a=0&A=5');
sorted.sort();
assert.deepStrictEqual([...sorted.keys()], ['A', 'a', 'a', 'z', '\ud83d\ude00', '\uffff']);
assert.deepStrictEqual(sorted.getAll('a'), ['2', '0']);

// Names and values are converted to well-formed strings.
const converted = new URLSearchParams();
converted.append('\ud800', 1);
assert.strictEqual(converted.get('\ufffd'), '1');
assert.strictEqual(converted.has('\udc00'), true);

// Missing arguments.
const empty = new URLSearchParams();
const names = { message: 'The "name" argument must be specified', code: 'ERR_MISSING_ARGS', name: 'TypeError' };
const both = { message: 'The "name" and "value" arguments must be specified', code: 'ERR_MISSING_ARGS' };
assert.throws(() => empty.append('a'), both);
assert.throws(() => empty.set('a'), both);
assert.throws(() => empty.get(), names);
assert.throws(() => empty.getAll(), names);
assert.throws(() => empty.has(), names);
assert.throws(() => empty.delete(), names);
// Explicit undefined counts as given.
empty.append('u', undefined);
assert.strictEqual(empty.get('u'), 'undefined');
assert.strictEqual(empty.get(undefined), null);

// Brand checks.
const invalidThis = {
  code: 'ERR_INVALID_THIS', name: 'TypeError', message: 'Value of "this" must be of type URLSearchParams',
};
for (const method of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'keys',
                      'values', 'toString', 'forEach']) {
  assert.throws(() => URLSearchParams.prototype[method].call({}, 'a', 'b'), invalidThis, method);
  assert.throws(() => URLSearchParams.prototype[method].call(null, 'a', 'b'), invalidThis, method);
}
const size = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size');
assert.throws(() => size.get.call({}), invalidThis);
assert.strictEqual(size.set, undefined);

// Shape of the prototype.
assert.deepStrictEqual(Object.getOwnPropertyNames(URLSearchParams.prototype), [
  'constructor', 'size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString',
]);
for (const name of Object.getOwnPropertyNames(URLSearchParams.prototype)) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name).enumerable,
                     name !== 'constructor', name);
}
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
assert.strictEqual(Object.prototype.toString.call(new URLSearchParams()), '[object URLSearchParams]');
assert.deepStrictEqual(Reflect.ownKeys(new URLSearchParams('a=1')), []);
assert.deepStrictEqual(
  [['append', 2], ['delete', 1], ['get', 1], ['getAll', 1], ['has', 1], ['set', 2], ['forEach', 1]]
    .map(([name]) => [name, URLSearchParams.prototype[name].length]),
  [['append', 2], ['delete', 1], ['get', 1], ['getAll', 1], ['has', 1], ['set', 2], ['forEach', 1]]);
