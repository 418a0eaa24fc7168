'use strict';
// Relative requests resolve from the requiring file's folder (not the current directory),
// absolute ones as given; '.' and '..' name folders.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'directories');

assert.strictEqual(require('../fixtures/modules/directories/trailing.js'), 'trailing.js');
assert.strictEqual(require(path.join(dir, 'trailing.js')), 'trailing.js');
assert.strictEqual(require(path.join(dir, 'trailing')), 'trailing.js');
assert.strictEqual(require(`${dir}/../directories/./trailing`), 'trailing.js');
assert.strictEqual(require.resolve('./test-require-relative-absolute'), __filename);
assert.strictEqual(require.resolve(__filename), __filename);

assert.deepStrictEqual(require('../fixtures/modules/directories/dot/inner/requires-dots'), {
  dot: 'dot/inner/index.js',
  dotSlash: 'dot/inner/index.js',
  dotdot: 'dot/index.js',
  dotdotSlash: 'dot/index.js',
});

// './x' and 'x' differ: the second is a package name.
assert.throws(() => require('test-require-relative-absolute'), { code: 'MODULE_NOT_FOUND' });
