'use strict';
// A valid "exports" target naming a file that does not exist throws MODULE_NOT_FOUND naming
// the file, with err.path the package.json and no require stack.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(common.fixturesDir, 'modules', 'exports');
const requireHere = createRequire(path.join(root, 'noop.js'));

for (const [request, pkg, file] of [
  ['subpaths/missing', 'subpaths', 'lib/nope.js'],
  ['patterns/utils/strings/x/entry', 'patterns', 'src/utils/strings/x/main.js'],
  ['nulls/index', 'nulls', 'lib/index.js'],
]) {
  const pkgDir = path.join(root, 'node_modules', pkg);
  assert.throws(() => requireHere(request), (err) => {
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
    assert.strictEqual(err.message, `Cannot find module '${path.join(pkgDir, file)}'`);
    assert.strictEqual(err.path, path.join(pkgDir, 'package.json'));
    assert.strictEqual(err.requireStack, undefined);
    assert.deepStrictEqual(Object.keys(err), ['code', 'path']);
    return true;
  });
}
