'use strict';
// A .node file goes to the native addon loader; one that is not a shared library fails with
// ERR_DLOPEN_FAILED and is not cached.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const file = path.join(common.fixturesDir, 'modules', 'extensions', 'lonely.node');

for (const request of ['../fixtures/modules/extensions/lonely', '../fixtures/modules/extensions/lonely.node']) {
  assert.throws(() => require(request), (err) => {
    assert.ok(err instanceof Error);
    assert.strictEqual(err.code, 'ERR_DLOPEN_FAILED');
    assert.ok(err.message.includes(file), err.message);
    return true;
  });
}
assert.strictEqual(require.cache[file], undefined);
