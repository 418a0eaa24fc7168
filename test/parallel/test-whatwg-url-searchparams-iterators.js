'use strict';
// keys/values/entries/[Symbol.iterator] and forEach: live over the list, so pairs added or
// removed while iterating are seen; iterators brand-check and inherit %IteratorPrototype%.
require('../common');
const assert = require('assert');

const params = new URLSearchParams('a=1&b=2');
assert.deepStrictEqual([...params.keys()], ['a', 'b']);
assert.deepStrictEqual([...params.values()], ['1', '2']);
assert.deepStrictEqual([...params.entries()], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual([...params], [['a', '1'], ['b', '2']]);

const iterator = params[Symbol.iterator]();
params.append('c', '3');
assert.deepStrictEqual(iterator.next(), { value: ['a', '1'], done: false });
params.delete('a');
// The list is now b, c and the iterator stands at index 1.
assert.deepStrictEqual(iterator.next(), { value: ['c', '3'], done: false });
assert.deepStrictEqual(iterator.next(), { value: undefined, done: true });
params.append('d', '4');
assert.deepStrictEqual(iterator.next(), { value: ['d', '4'], done: false });

const keys = new URLSearchParams('a=1').keys();
assert.deepStrictEqual([keys.next(), keys.next(), keys.next()],
                       [{ value: 'a', done: false }, { value: undefined, done: true }, { value: undefined, done: true }]);
assert.strictEqual(keys[Symbol.iterator](), keys);

const prototype = Object.getPrototypeOf(keys);
assert.strictEqual(Object.getPrototypeOf(prototype), Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
assert.deepStrictEqual(Reflect.ownKeys(prototype).filter((key) => typeof key === 'string'), ['next']);
assert.strictEqual(prototype[Symbol.toStringTag], 'URLSearchParams Iterator');
assert.strictEqual(Object.prototype.toString.call(keys), '[object URLSearchParams Iterator]');
assert.throws(() => prototype.next.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator',
});
assert.deepStrictEqual(Reflect.ownKeys(keys), []);

// forEach: (value, name, params), thisArg, live.
const seen = [];
const list = new URLSearchParams('a=1&b=2&c=3');
const context = {};
list.forEach(function(value, name, object) {
  assert.strictEqual(this, context);
  assert.strictEqual(object, list);
  seen.push([name, value]);
  if (name === 'a') list.delete('b');
  if (name === 'c') list.append('d', '4');
}, context);
assert.deepStrictEqual(seen, [['a', '1'], ['c', '3'], ['d', '4']]);
assert.throws(() => list.forEach(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => list.forEach({}), { code: 'ERR_INVALID_ARG_TYPE' });
