'use strict';
// AbortSignal.timeout(delay) takes a whole number of milliseconds in the uint32 range.
require('../common');
const assert = require('assert');

for (const delay of [undefined, null, '1', 1n, {}, true]) {
  assert.throws(() => AbortSignal.timeout(delay), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "delay" argument must be of type number\. Received /,
  });
}
assert.throws(() => AbortSignal.timeout(), {
  message: 'The "delay" argument must be of type number. Received undefined',
});
assert.throws(() => AbortSignal.timeout(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => AbortSignal.timeout(NaN), { code: 'ERR_OUT_OF_RANGE' });
for (const [delay, shown] of [[-1, '-1'], [2 ** 32, '4294967296'], [Infinity, 'Infinity']]) {
  assert.throws(() => AbortSignal.timeout(delay), {
    code: 'ERR_OUT_OF_RANGE',
    message: /^The value of "delay" is out of range\. It must be /,
  }, shown);
}
assert.throws(() => AbortSignal.timeout(-1), {
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.strictEqual(AbortSignal.timeout(2 ** 31 - 1).aborted, false);
assert.strictEqual(AbortSignal.timeout.length, 1);
