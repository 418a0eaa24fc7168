'use strict';
// Bare requests search node_modules folders from the requiring file's folder up to the root;
// the nearest match wins, files directly in node_modules count, and a package's own
// node_modules is searched first for its dependencies.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const root = path.join(common.fixturesDir, 'modules', 'lookup');
const result = require('../fixtures/modules/lookup/app/src/deep/entry');

assert.strictEqual(result.outer, 'lookup/node_modules/outer');
assert.strictEqual(result.shadowed, 'lookup/app/node_modules/shadowed');
assert.strictEqual(result.filePackage, 'lookup/app/node_modules/file-pkg.js');
assert.deepStrictEqual(result.paths.slice(0, 5), [
  path.join(root, 'app', 'src', 'deep', 'node_modules'),
  path.join(root, 'app', 'src', 'node_modules'),
  path.join(root, 'app', 'node_modules'),
  path.join(root, 'node_modules'),
  path.join(common.fixturesDir, 'modules', 'node_modules'),
]);
assert.strictEqual(result.paths.at(-1), '/node_modules');

// This test file's own folder has no such packages.
assert.throws(() => require('outer'), { code: 'MODULE_NOT_FOUND' });
