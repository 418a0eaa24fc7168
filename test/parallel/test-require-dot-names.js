'use strict';
// Which requests count as relative: '.', '..', and anything starting './', '../' or '..';
// a name like '.hidden' is looked up in node_modules.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const inner = path.join(common.fixturesDir, 'modules', 'directories', 'dot', 'inner');
const requireInner = createRequire(path.join(inner, 'x.js'));
assert.strictEqual(requireInner('..twodots'), 'dot/inner/..twodots.js');
assert.deepStrictEqual(requireInner.resolve.paths('..twodots'), [inner]);

const requireFromApp = createRequire(path.join(common.fixturesDir, 'modules', 'lookup', 'app', 'src', 'x.js'));
assert.strictEqual(requireFromApp('.hidden-pkg'), 'lookup/app/node_modules/.hidden-pkg');
assert.strictEqual(requireFromApp.resolve.paths('.hidden-pkg')[0],
                   path.join(common.fixturesDir, 'modules', 'lookup', 'app', 'src', 'node_modules'));
