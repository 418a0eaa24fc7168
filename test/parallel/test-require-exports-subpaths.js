'use strict';
// An "exports" object with '.'-keys maps each exact subpath to a file; the target is taken as
// is (no extension or index lookup), and only the listed subpaths are reachable.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));
const pkgDir = path.join(root, 'node_modules', 'subpaths');

assert.strictEqual(requireHere('subpaths'), 'subpaths/index.js');
assert.strictEqual(requireHere('subpaths/feature'), 'subpaths/lib/feature.js');
assert.deepStrictEqual(requireHere('subpaths/data'), { from: 'subpaths/lib/data.json' });
assert.strictEqual(requireHere('subpaths/package.json').name, 'subpaths');
assert.strictEqual(requireHere.resolve('subpaths/feature'), path.join(pkgDir, 'lib', 'feature.js'));

// Keys are matched exactly: no extension added, no normalisation, no folder mappings.
for (const subpath of ['./feature.js', './lib/feature.js', './folder/feature.js', './folder/', './',
                       '././feature', './/feature']) {
  assert.throws(() => requireHere(`subpaths${subpath.slice(1)}`), {
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${subpath}' is not defined by "exports" in ${pkgDir}/package.json`,
  });
}
// A target naming a folder is not completed with index.js.
assert.throws(() => requireHere('subpaths/dir'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib')}'`,
});
