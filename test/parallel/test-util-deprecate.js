'use strict';
// util.deprecate(): the wrapper warns once (once per code when a code is given) and otherwise
// behaves like the wrapped function, also as a constructor.
require('../common');
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (warning) => {
  if (warning.name === 'DeprecationWarning') warnings.push([warning.message, warning.code]);
});
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    ['first is deprecated', 'DEP0901'],
    ['no code here', undefined],
    ['a class is deprecated', undefined],
  ]);
});

const first = util.deprecate(function first(a, b) { return [this, a + b]; }, 'first is deprecated',
                             'DEP0901');
assert.strictEqual(first.name, 'deprecated');
const receiver = {};
assert.deepStrictEqual(first.call(receiver, 1, 2), [receiver, 3]);
first(1, 2);

// Another wrapper with the same code does not warn again.
util.deprecate(() => 'same code', 'never shown', 'DEP0901')();

const noCode = util.deprecate(() => 'no code', 'no code here');
assert.strictEqual(noCode(), 'no code');
noCode();

class Base {
  constructor(value) { this.value = value; }
}
const Deprecated = util.deprecate(Base, 'a class is deprecated');
const instance = new Deprecated(5);
assert.strictEqual(instance.value, 5);
assert.ok(instance instanceof Base);
assert.ok(instance instanceof Deprecated);
assert.strictEqual(Deprecated.prototype, Base.prototype);
assert.strictEqual(Object.getPrototypeOf(Deprecated), Base);

assert.throws(() => util.deprecate(() => {}, 'message', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (5)',
});

// --no-deprecation (process.noDeprecation) silences the warning but still calls through.
process.noDeprecation = true;
assert.strictEqual(util.deprecate(() => 'silenced', 'never emitted')(), 'silenced');
