'use strict';
// An empty, non-string or absent "main" quietly falls back to the index file.
require('../common');
const assert = require('assert');

process.on('warning', () => assert.fail('no warning expected'));

assert.strictEqual(require('../fixtures/modules/directories/main-empty'), 'main-empty/index.js');
assert.strictEqual(require('../fixtures/modules/directories/main-nonstring'), 'main-nonstring/index.js');
assert.strictEqual(require('../fixtures/modules/directories/no-main'), 'no-main/index.js');
