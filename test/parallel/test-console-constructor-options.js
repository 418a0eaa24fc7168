'use strict';
// The Console constructor: positional (stdout, stderr, ignoreErrors) or an options object,
// callable without new, and node's checks on colorMode, inspectOptions and groupIndentation.
require('../common');
const assert = require('assert');
const EventEmitter = require('events');
const { Console } = require('console');

const stdout = new EventEmitter();
stdout.write = () => true;
const stderr = new EventEmitter();
stderr.write = () => true;

assert.strictEqual(Console.name, 'Console');
assert.strictEqual(Console.length, 1);
assert.strictEqual(Console.prototype.constructor, Console);

// Positional arguments.
let console = new Console(stdout, stderr, false);
assert.strictEqual(console._stdout, stdout);
assert.strictEqual(console._stderr, stderr);
assert.strictEqual(console._ignoreErrors, false);
for (const name of ['_stdout', '_stderr', '_ignoreErrors', '_times']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(console, name).enumerable, false, name);
}
console = new Console(stdout);
assert.strictEqual(console._stderr, stdout);
assert.strictEqual(console._ignoreErrors, true);

// An options object.
console = new Console({ stdout, stderr, ignoreErrors: 0 });
assert.strictEqual(console._stderr, stderr);
assert.strictEqual(console._ignoreErrors, false);
assert.strictEqual(new Console({ stdout, ignoreErrors: 'no' })._ignoreErrors, true);

// Without new.
console = Console({ stdout });  // eslint-disable-line new-cap
assert.ok(console instanceof Console);
assert.strictEqual(Object.getPrototypeOf(console), Console.prototype);
assert.strictEqual(Console(stdout, stderr)._stderr, stderr);  // eslint-disable-line new-cap

// colorMode: 'auto', true or false.
for (const colorMode of ['auto', true, false]) new Console({ stdout, colorMode });
for (const [colorMode, shown] of [['yes', "'yes'"], [null, 'null'], [1, '1']]) {
  assert.throws(() => new Console({ stdout, colorMode }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The argument 'colorMode' must be one of: 'auto', true, false. Received ${shown}`,
  });
}

// inspectOptions: an object, whose colors cannot be combined with any explicit colorMode.
new Console({ stdout, inspectOptions: {} });
new Console({ stdout, inspectOptions: { colors: true } });
for (const [inspectOptions, received] of [
  [1, 'Received type number (1)'],
  [null, 'Received null'],
  [[], 'Received an instance of Array'],
  ['x', "Received type string ('x')"],
]) {
  assert.throws(() => new Console({ stdout, inspectOptions }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "options.inspectOptions" property must be of type object. ${received}`,
  });
}
for (const colorMode of ['auto', true, false]) {
  assert.throws(() => new Console({ stdout, colorMode, inspectOptions: { colors: false } }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    name: 'TypeError',
    message: 'Option "options.inspectOptions.color" cannot be used in combination with ' +
             'option "colorMode"',
  });
}

// groupIndentation: an integer from 0 to 1000.
for (const groupIndentation of [0, 2, 1000]) new Console({ stdout, groupIndentation });
for (const [groupIndentation, range, received] of [
  [-1, '>= 0 && <= 1000', '-1'],
  [1001, '>= 0 && <= 1000', '1001'],
  [1.5, 'an integer', '1.5'],
]) {
  assert.throws(() => new Console({ stdout, groupIndentation }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "groupIndentation" is out of range. It must be ${range}. ` +
             `Received ${received}`,
  });
}
for (const [groupIndentation, received] of [
  ['2', "Received type string ('2')"],
  [null, 'Received null'],
]) {
  assert.throws(() => new Console({ stdout, groupIndentation }), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "groupIndentation" argument must be of type number. ${received}`,
  });
}
