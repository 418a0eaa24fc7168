'use strict';
// process.nextTick and queueMicrotask take only functions.
require('../common');
const assert = require('assert');

assert.strictEqual(process.nextTick.length, 1);
for (const [value, received] of [
  [undefined, 'Received undefined'],
  [null, 'Received null'],
  [1, 'Received type number (1)'],
  ['x', "Received type string ('x')"],
  [{}, 'Received an instance of Object'],
  [Promise.resolve(), 'Received an instance of Promise'],
]) {
  const expected = {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "callback" argument must be of type function. ${received}`,
  };
  assert.throws(() => process.nextTick(value), expected);
  assert.throws(() => queueMicrotask(value), expected);
}
