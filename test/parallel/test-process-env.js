'use strict';
// process.env reads and writes the environment: values are always strings, deleting
// removes the variable, and names that are not set fall through to Object.prototype.
require('../common');
const assert = require('assert');

const name = `LODE_TEST_ENV_${process.pid}`;
assert.strictEqual(process.env[name], undefined);
assert.strictEqual(name in process.env, false);
assert.strictEqual(Object.keys(process.env).includes(name), false);

// Assignment stores the string form of the value.
process.env[name] = 'value';
assert.strictEqual(process.env[name], 'value');
assert.strictEqual(name in process.env, true);
assert.ok(Object.keys(process.env).includes(name));
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process.env, name), {
  value: 'value', writable: true, enumerable: true, configurable: true,
});
assert.strictEqual({ ...process.env }[name], 'value');
assert.strictEqual(JSON.parse(JSON.stringify(process.env))[name], 'value');

const coerced = [
  [1, '1'],
  [1.5, '1.5'],
  [true, 'true'],
  [null, 'null'],
  [undefined, 'undefined'],
  [{}, '[object Object]'],
  [[1, 2], '1,2'],
  [10n, '10'],
  [{ toString() { return 'custom'; } }, 'custom'],
];
for (const [value, expected] of coerced) {
  process.env[name] = value;
  assert.strictEqual(process.env[name], expected);
  assert.strictEqual(typeof process.env[name], 'string');
}
assert.throws(() => { process.env[name] = Symbol('s'); },
              { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });

// Numeric names are names like any other.
process.env[7] = 'seven';
assert.strictEqual(process.env['7'], 'seven');
assert.strictEqual('7' in process.env, true);
delete process.env[7];

// Deleting always reports success, whether or not the name was set.
assert.strictEqual(delete process.env[name], true);
assert.strictEqual(process.env[name], undefined);
assert.strictEqual(name in process.env, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(process.env, name), undefined);
assert.strictEqual(delete process.env[name], true);

// Symbols are never environment variables.
assert.throws(() => { process.env[Symbol('s')] = 'x'; },
              { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });
assert.strictEqual(process.env[Symbol('s')], undefined);
assert.strictEqual(Symbol('s') in process.env, false);
assert.deepStrictEqual(Object.getOwnPropertySymbols(process.env), []);

// Object.prototype methods remain reachable, and a variable of the same name shadows them.
assert.strictEqual(typeof process.env.hasOwnProperty, 'function');
assert.strictEqual(process.env.hasOwnProperty(name), false);
assert.strictEqual('toString' in process.env, true);
assert.strictEqual(Object.prototype.toString.call(process.env), '[object Object]');
assert.strictEqual(Object.getPrototypeOf(Object.getPrototypeOf(process.env)), Object.prototype);
process.env.toString = 'shadowed';
assert.strictEqual(process.env.toString, 'shadowed');
delete process.env.toString;
assert.strictEqual(process.env.toString, Object.prototype.toString);

// Every key is a string naming a variable with a string value.
for (const key of Object.keys(process.env)) {
  assert.strictEqual(typeof process.env[key], 'string');
}
assert.strictEqual(typeof process.env.PATH, 'string');
assert.strictEqual(Object.isExtensible(process.env), true);
