'use strict';
// A directory's package.json "main" picks its entry point: with or without an extension,
// with a leading './', pointing at a folder, or at a JSON file.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'directories');

assert.strictEqual(require('../fixtures/modules/directories/main-ext'), 'main-ext/lib/entry.js');
assert.strictEqual(require('../fixtures/modules/directories/main-dot-slash'), 'main-dot-slash/lib/entry.js');
// Without an extension, "main" goes through the usual extension order (.js before .json).
assert.strictEqual(require('../fixtures/modules/directories/main-noext'), 'main-noext/lib/entry.js');
// "main" naming a folder loads that folder's index.
assert.strictEqual(require('../fixtures/modules/directories/main-folder'), 'main-folder/lib/index.js');
// ... but a file named like the folder plus an extension comes first.
assert.strictEqual(require('../fixtures/modules/directories/main-folder-vs-file'), 'main-folder-vs-file/lib.js');
assert.deepStrictEqual(require('../fixtures/modules/directories/main-json'), { from: 'main-json/data.json' });
assert.strictEqual(require.resolve('../fixtures/modules/directories/main-ext'),
                   path.join(dir, 'main-ext', 'lib', 'entry.js'));
// The directory's index.js is still reachable directly.
assert.strictEqual(require('../fixtures/modules/directories/main-ext/index'), 'main-ext/index.js');
