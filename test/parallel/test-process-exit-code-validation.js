'use strict';
// process.exitCode takes undefined, null, an integer, or a string that converts to one;
// anything else throws node's errors and leaves the previous value in place.
require('../common');
const assert = require('assert');

const descriptor = Object.getOwnPropertyDescriptor(process, 'exitCode');
assert.strictEqual(typeof descriptor.get, 'function');
assert.strictEqual(typeof descriptor.set, 'function');
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(descriptor.configurable, false);

assert.strictEqual(process.exitCode, undefined);

// Accepted values are kept as given (strings stay strings).
for (const value of [1, 0, -1, 255, 256, 2 ** 32, -0, '1', ' 1 ', '0x10', '1e3', '-0', '  ',
                     null, undefined]) {
  process.exitCode = value;
  assert.strictEqual(process.exitCode, value);
}

function invalidType(received) {
  return {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "code" argument must be of type number. ${received}`,
  };
}
function outOfRange(range, received) {
  return {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "code" is out of range. It must be ${range}. Received ${received}`,
  };
}

const invalid = [
  ['abc', invalidType("Received type string ('abc')")],
  ['', invalidType("Received type string ('')")],
  ['NaN', invalidType("Received type string ('NaN')")],
  ['1n', invalidType("Received type string ('1n')")],
  [{}, invalidType('Received an instance of Object')],
  [[], invalidType('Received an instance of Array')],
  [true, invalidType('Received type boolean (true)')],
  [1n, invalidType('Received type bigint (1n)')],
  [Symbol('s'), invalidType('Received type symbol (Symbol(s))')],
  [1.5, outOfRange('an integer', '1.5')],
  ['1.5', outOfRange('an integer', '1.5')],
  [NaN, outOfRange('an integer', 'NaN')],
  [Infinity, outOfRange('an integer', 'Infinity')],
  ['Infinity', outOfRange('an integer', 'Infinity')],
  ['-Infinity', outOfRange('an integer', '-Infinity')],
  ['1e400', outOfRange('an integer', 'Infinity')],
  [2 ** 53, outOfRange('>= -9007199254740991 && <= 9007199254740991', '9_007_199_254_740_992')],
  ['9007199254740993',
   outOfRange('>= -9007199254740991 && <= 9007199254740991', '9_007_199_254_740_992')],
];

process.exitCode = 0;
for (const [value, expected] of invalid) {
  assert.throws(() => { process.exitCode = value; }, expected);
  assert.strictEqual(process.exitCode, 0);
}

// process.exit() validates its argument the same way, before exiting.
assert.throws(() => process.exit('abc'), invalidType("Received type string ('abc')"));
assert.throws(() => process.exit(1.5), outOfRange('an integer', '1.5'));
assert.strictEqual(process.exitCode, 0);
