'use strict';
// A require from a file in a folder that does not exist still resolves requests that climb
// out of it with '..'; plain relative requests find nothing there.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const target = path.join(common.fixturesDir, 'modules', 'extensions', 'both.js');
const requireFromNowhere = createRequire('/no-such-folder-for-lode-tests/sub/file.js');

assert.strictEqual(requireFromNowhere.resolve(`../..${target}`), target);
assert.strictEqual(requireFromNowhere(`../..${target.slice(0, -3)}`), 'both.js');
assert.throws(() => requireFromNowhere('./file'), { code: 'MODULE_NOT_FOUND' });
