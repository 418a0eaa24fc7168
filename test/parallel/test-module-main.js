'use strict';
// The entry script is the main module: id '.', no parent, require.main and
// process.mainModule; modules it requires see the same require.main.
require('../common');
const assert = require('assert');

assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.parent, null);
assert.strictEqual(module.loaded, false);
assert.strictEqual(require.main.filename, __filename);

const seen = require('../fixtures/modules/module-object/child');
assert.strictEqual(seen.requireMain, module);
assert.strictEqual(seen.parentId, '.');

process.on('exit', () => assert.strictEqual(module.loaded, true));
