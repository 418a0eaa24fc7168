'use strict';
// structuredClone's own argument checks, and the global itself.
require('../common');
const assert = require('assert');

// (Read once first: lode installs its globals lazily, as accessors replaced on first use.)
assert.strictEqual(typeof structuredClone, 'function');
const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'structuredClone');
assert.strictEqual(typeof descriptor.value, 'function');
assert.strictEqual(descriptor.writable, true);
assert.strictEqual(descriptor.enumerable, true);
assert.strictEqual(descriptor.configurable, true);
assert.strictEqual(structuredClone.name, 'structuredClone');
assert.strictEqual(structuredClone.length, 0);

assert.throws(() => structuredClone(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The value argument must be specified',
});
// An explicit undefined is a value.
assert.strictEqual(structuredClone(undefined), undefined);

for (const options of [5, 'options', true, 1n, Symbol('options')]) {
  assert.throws(() => structuredClone(1, options), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'The options argument must be either an object or undefined',
  });
}
// null, arrays and functions are accepted (and have no transfer list).
for (const options of [undefined, null, {}, [], () => {}, { other: true }]) {
  assert.deepStrictEqual(structuredClone({ a: 1 }, options), { a: 1 });
}

// The errors point at the caller, as node's (thrown from C++) do.
try {
  structuredClone();
} catch (error) {
  assert.match(error.stack, /^TypeError: The value argument must be specified\n {4}at .*test-structuredclone-arguments/);
  assert.deepStrictEqual(Object.keys(error), ['code']);
}

// Extra arguments are ignored; `this` does not matter.
assert.strictEqual(structuredClone.call(null, 'x', undefined, 'extra'), 'x');
