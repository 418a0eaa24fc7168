'use strict';
// Scoped packages (@scope/name) resolve like other packages: "main" for the package itself,
// files by subpath, and their own dependencies from their own node_modules.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const result = require('../fixtures/modules/lookup/app/src/deep/entry');
assert.deepStrictEqual(result.scoped, {
  name: '@scope/pkg',
  dep: '@scope/pkg/node_modules/dep',
  outer: 'lookup/node_modules/outer',
});
assert.strictEqual(result.scopedFile, '@scope/pkg/extra.js');

const pkgDir = path.join(common.fixturesDir, 'modules', 'lookup', 'app', 'node_modules', '@scope', 'pkg');
const main = require.cache[path.join(pkgDir, 'main.js')];
assert.deepStrictEqual(main.children.map((child) => child.id), [
  path.join(pkgDir, 'node_modules', 'dep', 'index.js'),
  path.join(common.fixturesDir, 'modules', 'lookup', 'node_modules', 'outer', 'index.js'),
]);
