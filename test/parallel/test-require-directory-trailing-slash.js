'use strict';
// A file and a folder with the same name: the file wins unless the request ends in '/', which
// only matches directories. '.' and '..' name directories too.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'directories');

assert.strictEqual(require('../fixtures/modules/directories/trailing'), 'trailing.js');
assert.strictEqual(require('../fixtures/modules/directories/trailing/'), 'trailing/index.js');
assert.strictEqual(require.resolve(`${dir}/trailing/`), path.join(dir, 'trailing', 'index.js'));
assert.strictEqual(require.resolve(`${dir}/trailing/.`), path.join(dir, 'trailing', 'index.js'));
assert.strictEqual(require.resolve(`${dir}/trailing/index/..`), path.join(dir, 'trailing', 'index.js'));
assert.throws(() => require.resolve(`${dir}/trailing.js/`), { code: 'MODULE_NOT_FOUND' });
