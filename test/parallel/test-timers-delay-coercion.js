'use strict';
// Delays outside [1, 2^31-1] become 1; overflow also warns with TimeoutOverflowWarning.
const common = require('../common');
const assert = require('assert');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'TimeoutOverflowWarning');
  assert.strictEqual(warning.message,
                     '2147483648 does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.');
}));

for (const delay of [undefined, null, -5, 0, NaN, 'abc', '10', 2 ** 31]) {
  const t = setTimeout(common.mustCall(), delay);
  assert.strictEqual(t._idleTimeout, delay === '10' ? 10 : 1);
}
