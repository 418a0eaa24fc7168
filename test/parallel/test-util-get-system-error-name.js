'use strict';
// util.getSystemErrorName() and util.getSystemErrorMap(): libuv's names for negative errno
// values.
require('../common');
const assert = require('assert');
const util = require('util');
const os = require('os');

const { errno } = os.constants;
assert.strictEqual(util.getSystemErrorName(-errno.ENOENT), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-errno.EACCES), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-errno.EEXIST), 'EEXIST');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-errno.ENOENT), ['ENOENT', 'no such file or directory']);
for (const [code, [name, message]] of map) {
  assert.strictEqual(typeof code, 'number');
  assert.ok(code < 0);
  assert.strictEqual(util.getSystemErrorName(code), name);
  assert.strictEqual(typeof message, 'string');
}

for (const bad of [0, 1, -1.5, -(2 ** 53)]) {
  assert.throws(() => util.getSystemErrorName(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "err" is out of range. It must be a negative integer. Received ${
      util.inspect(bad).replace(/(\d)(?=(\d{3})+$)/g, '$1_')}`,
  });
}
for (const bad of ['-2', null, undefined, {}]) {
  assert.throws(() => util.getSystemErrorName(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
