'use strict';
// util.inherits(): links constructor prototypes the pre-class way and records super_.
require('../common');
const assert = require('assert');
const util = require('util');

function Animal(name) { this.name = name; }
Animal.prototype.speak = function() { return `${this.name} makes a sound`; };
function Dog(name) { Animal.call(this, name); }
util.inherits(Dog, Animal);
Dog.prototype.bark = function() { return 'woof'; };

const dog = new Dog('Rex');
assert.strictEqual(dog.speak(), 'Rex makes a sound');
assert.strictEqual(dog.bark(), 'woof');
assert.ok(dog instanceof Animal);
assert.strictEqual(Dog.super_, Animal);
assert.deepStrictEqual(Object.keys(Dog), []);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Dog, 'super_'), {
  value: Animal, writable: true, enumerable: false, configurable: true,
});
// The constructor's own prototype object is kept, only its prototype changes.
assert.strictEqual(Object.getPrototypeOf(Dog.prototype), Animal.prototype);
assert.strictEqual(Dog.prototype.constructor, Dog);

// Classes work as the parent too.
class Base { hello() { return 'hello'; } }
function Child() {}
util.inherits(Child, Base);
assert.strictEqual(new Child().hello(), 'hello');

assert.throws(() => util.inherits(null, Animal), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(Dog, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(Dog, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
