'use strict';
// util.getSystemErrorName() and util.getSystemErrorMap(): libuv's names for negative errno
// values.
require('../common');
const assert = require('assert');
const util = require('util');

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
const codeOf = (name) => [...map].find(([, [mapName]]) => mapName === name)[0];
assert.deepStrictEqual(map.get(codeOf('ENOENT')), ['ENOENT', 'no such file or directory']);
assert.strictEqual(util.getSystemErrorName(codeOf('ENOENT')), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(codeOf('EACCES')), 'EACCES');
assert.strictEqual(util.getSystemErrorName(codeOf('EEXIST')), 'EEXIST');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
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
