'use strict';
// require() and require.resolve() validate their argument before any lookup.
require('../common');
const assert = require('assert');

assert.throws(() => require(''), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
for (const [value, received] of [
  [1, 'type number (1)'],
  [undefined, 'undefined'],
  [null, 'null'],
  [{}, 'an instance of Object'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
]) {
  assert.throws(() => require(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "id" argument must be of type string. Received ${received}`,
  });
  assert.throws(() => require.resolve(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "request" argument must be of type string. Received ${received}`,
  });
  assert.throws(() => require.resolve.paths(value), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "request" argument must be of type string. Received ${received}`,
  });
}
// require.resolve('') is not rejected up front: it is a lookup that finds nothing.
assert.throws(() => require.resolve(''), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module ''\nRequire stack:\n- ${__filename}`,
});
