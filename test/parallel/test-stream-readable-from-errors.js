'use strict';
// Readable.from() argument checks.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

for (const value of [undefined, null, 42, {}, true]) {
  assert.throws(() => Readable.from(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "iterable" argument must be an instance of Iterable\. Received /,
  });
}
assert.ok(Readable.from([]) instanceof Readable);
assert.ok(Readable.from(new Set([1])) instanceof Readable);
assert.ok(Readable.from(new Map([[1, 2]]).keys()) instanceof Readable);
