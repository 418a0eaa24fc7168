'use strict';
// A directory without package.json loads its index file: index.js, then index.json, then
// index.node.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'directories');

assert.strictEqual(require('../fixtures/modules/directories/index-js'), 'index-js/index.js');
assert.strictEqual(require('../fixtures/modules/directories/index-json'), 'index-json/index.json');
assert.strictEqual(require.resolve('../fixtures/modules/directories/index-node'),
                   path.join(dir, 'index-node', 'index.node'));
// Absolute requests resolve the same way.
assert.strictEqual(require(path.join(dir, 'index-js')), 'index-js/index.js');
assert.strictEqual(require.resolve(path.join(dir, 'index-json')), path.join(dir, 'index-json', 'index.json'));
