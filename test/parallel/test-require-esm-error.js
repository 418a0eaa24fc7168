'use strict';
// Without require(esm) support, requiring an ES module (.mjs, or .js under "type": "module")
// throws ERR_REQUIRE_ESM; .cjs and .json files in such a package still load.
const common = require('../common');
const assert = require('assert');
const path = require('path');

if (process.features.require_module) {
  // node 20.19+ loads ES modules from require() (this test passes there with
  // --no-experimental-require-module).
  common.skip('require() of ES modules is supported');
}

const dir = path.join(common.fixturesDir, 'modules', 'esm');

for (const [request, file] of [
  ['../fixtures/modules/esm/module.mjs', path.join(dir, 'module.mjs')],
  ['../fixtures/modules/esm/type-module', path.join(dir, 'type-module', 'index.js')],
  ['../fixtures/modules/esm/type-module/index.js', path.join(dir, 'type-module', 'index.js')],
]) {
  assert.throws(() => require(request), (err) => {
    assert.strictEqual(err.code, 'ERR_REQUIRE_ESM');
    assert.ok(err instanceof Error);
    assert.ok(err.message.startsWith(`require() of ES Module ${file} from ${__filename} not supported.`),
              err.message);
    return true;
  });
  assert.strictEqual(require.cache[file], undefined);
}
// .mjs is never added as an extension.
assert.throws(() => require('../fixtures/modules/esm/module'), { code: 'MODULE_NOT_FOUND' });

assert.strictEqual(require('../fixtures/modules/esm/type-module/plain.cjs'), 'esm/type-module/plain.cjs');
assert.deepStrictEqual(require('../fixtures/modules/esm/type-module/data.json'), { from: 'esm/type-module/data.json' });
assert.strictEqual(require('../fixtures/modules/esm/type-commonjs'), 'esm/type-commonjs/index.js');
