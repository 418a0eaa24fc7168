'use strict';
// v8.setFlagsFromString() changes V8's flags at run time (and the code cache's version tag
// with them); v8.cachedDataVersionTag() is a stable uint32.
require('../common');
const assert = require('assert');
const v8 = require('v8');

const tag = v8.cachedDataVersionTag();
assert.strictEqual(typeof tag, 'number');
assert.strictEqual(tag >>> 0, tag);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

v8.setFlagsFromString('--allow_natives_syntax');
assert.notStrictEqual(v8.cachedDataVersionTag(), tag);
// eslint-disable-next-line no-eval
assert.strictEqual(eval('%IsSmi(1)'), true);
v8.setFlagsFromString('--no-allow-natives-syntax');
// eslint-disable-next-line no-eval
assert.throws(() => eval('%IsSmi(1)'), SyntaxError);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.strictEqual(v8.setFlagsFromString(''), undefined);
for (const flags of [undefined, null, 1, {}, ['--allow-natives-syntax'], Symbol('flags')]) {
  assert.throws(() => v8.setFlagsFromString(flags), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => v8.setFlagsFromString(1), {
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
assert.strictEqual(v8.setFlagsFromString.length, 1);
