'use strict';
// A request without an extension tries the exact name, then .js, .json and .node, in that order.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'extensions');

// .js is tried before .json.
assert.strictEqual(require('../fixtures/modules/extensions/both'), 'both.js');
// .json is tried before .node.
assert.strictEqual(require('../fixtures/modules/extensions/pair'), 'pair.json');
// .node is found when it is the only candidate (resolved only: the file is not a real addon).
assert.strictEqual(require.resolve('../fixtures/modules/extensions/lonely'), path.join(dir, 'lonely.node'));
// The exact name wins over any added extension, and a file without an extension is loaded as JS.
assert.strictEqual(require('../fixtures/modules/extensions/noext'), 'noext');
assert.strictEqual(require('../fixtures/modules/extensions/noext.js'), 'noext.js');
// Only the text after the last dot that names a registered extension matters.
assert.strictEqual(require('../fixtures/modules/extensions/file.name'), 'file.name.js');
// An explicit extension is taken as is.
assert.strictEqual(require('../fixtures/modules/extensions/both.json'), 'both.json');
assert.strictEqual(require.resolve('../fixtures/modules/extensions/pair.node'), path.join(dir, 'pair.node'));
