'use strict';
// vm.compileFunction takes cachedData (saying whether V8 took it) and produceCachedData (the
// cache of the function made, to feed a later compile), and checks both options' types.
require('../common');
const assert = require('assert');
const vm = require('vm');

const code = 'return a + b * 2';
const first = vm.compileFunction(code, ['a', 'b'], { produceCachedData: true });
assert.strictEqual(first(1, 2), 5);
assert.strictEqual(first.cachedDataProduced, true);
assert.ok(Buffer.isBuffer(first.cachedData));
assert.ok(first.cachedData.length > 0);
assert.strictEqual(first.cachedDataRejected, undefined);

const second = vm.compileFunction(code, ['a', 'b'], { cachedData: first.cachedData });
assert.strictEqual(second(3, 4), 11);
assert.strictEqual(second.cachedDataRejected, false);
assert.strictEqual(second.cachedDataProduced, undefined);

// A cache of other code is refused, and the function compiles anyway.
const other = vm.compileFunction('return 7 + 1', [], { cachedData: first.cachedData });
assert.strictEqual(other(), 8);
assert.strictEqual(other.cachedDataRejected, true);

const plain = vm.compileFunction(code, ['a', 'b']);
assert.strictEqual(plain.cachedData, undefined);
assert.strictEqual(plain.cachedDataRejected, undefined);

for (const [option, value, message] of [
  ['cachedData', 'text', /must be an instance of Buffer, TypedArray, or DataView/],
  ['cachedData', null, /must be an instance of Buffer, TypedArray, or DataView/],
  ['produceCachedData', 1, /must be of type boolean/],
  ['parsingContext', {}, /must be an instance of Context/],
  ['parsingContext', null, /must be an instance of Context/],
]) {
  assert.throws(() => vm.compileFunction(code, [], { [option]: value }),
                { code: 'ERR_INVALID_ARG_TYPE', message });
}
