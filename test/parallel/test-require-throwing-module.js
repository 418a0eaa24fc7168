'use strict';
// A module that throws while loading is dropped from the cache and from its parent's
// children, so requiring it again runs it again.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const file = path.join(common.fixturesDir, 'modules', 'errors', 'throws.js');
const children = [...module.children];

for (let run = 1; run <= 2; run++) {
  assert.throws(() => require('../fixtures/modules/errors/throws'), {
    name: 'Error',
    message: 'thrown while loading',
  });
  assert.strictEqual(globalThis.throwsFixtureRuns, run);
  assert.strictEqual(require.cache[file], undefined);
  assert.deepStrictEqual(module.children, children);
}
