'use strict';
// package.json "imports": '#'-names private to a package, with conditions and patterns, for
// files of that package only.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const pkgDir = path.join(common.fixturesDir, 'modules', 'imports');
const requireInside = createRequire(path.join(pkgDir, 'lib', 'user.js'));

assert.strictEqual(requireInside('#dep'), 'imports/lib/dep.js');
assert.strictEqual(requireInside.resolve('#dep'), path.join(pkgDir, 'lib', 'dep.js'));
assert.strictEqual(requireInside('#condition'), 'imports/lib/require.js');
assert.strictEqual(requireInside('#internal/helper'), 'imports/lib/internal/helper.js');
// Array fallbacks: for "imports", "invalid.js" is a package name, and that package is missing.
assert.throws(() => requireInside('#array'), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module '#array'",
});
assert.throws(() => requireInside('#missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib', 'nope.js')}'`,
  path: path.join(pkgDir, 'package.json'),
});

// Outside a package with "imports", '#name' is an ordinary (failing) lookup.
assert.throws(() => require('#dep'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '#dep'\nRequire stack:\n- ${__filename}`,
});
