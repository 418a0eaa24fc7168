'use strict';
// Extra arguments reach the callback; `this` is the Timeout (or Immediate).
const common = require('../common');
const assert = require('assert');

const timeout = setTimeout(common.mustCall(function(a, b, c, d) {
  assert.deepStrictEqual([a, b, c, d], [1, 'two', 3, undefined]);
  assert.strictEqual(this, timeout);
}), 1, 1, 'two', 3);

const interval = setInterval(common.mustCall(function(x) {
  assert.strictEqual(x, 'arg');
  assert.strictEqual(this, interval);
  clearInterval(this);
}), 1, 'arg');

const immediate = setImmediate(common.mustCall(function(x, y, z, w) {
  assert.deepStrictEqual([x, y, z, w], ['a', 'b', 'c', 'd']);
  assert.strictEqual(this, immediate);
}), 'a', 'b', 'c', 'd');

assert.throws(() => setTimeout('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => setInterval(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => setImmediate({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received an instance of Object',
});
