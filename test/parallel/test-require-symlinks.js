'use strict';
// Modules are identified by their real path: a symlink to a file or folder loads the target
// once, with __filename, __dirname and relative requires of the target's location.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const real = path.join(common.fixturesDir, 'modules', 'symlinks', 'real');
const expected = {
  filename: path.join(real, 'target.js'),
  dirname: real,
  sibling: 'symlinks/real/sibling.js',
};

const viaFileLink = require('../fixtures/modules/symlinks/link');
assert.deepStrictEqual(viaFileLink, expected);
assert.strictEqual(require('../fixtures/modules/symlinks/linked-dir/target'), viaFileLink);
assert.strictEqual(require('../fixtures/modules/symlinks/real/target.js'), viaFileLink);
assert.strictEqual(require.resolve('../fixtures/modules/symlinks/link.js'), path.join(real, 'target.js'));
assert.strictEqual(require.cache[path.join(common.fixturesDir, 'modules', 'symlinks', 'link.js')], undefined);
