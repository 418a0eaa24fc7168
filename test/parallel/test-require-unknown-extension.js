'use strict';
// Files whose extension has no handler (.cjs, .txt, ...) load as CommonJS JavaScript, but are
// never found by adding the extension to a request.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'extensions');

assert.strictEqual(require('../fixtures/modules/extensions/script.cjs'), 'script.cjs');
assert.strictEqual(require('../fixtures/modules/extensions/notes.txt'), 'notes.txt');
assert.strictEqual(require.cache[path.join(dir, 'notes.txt')].exports, 'notes.txt');

assert.throws(() => require('../fixtures/modules/extensions/script'), {
  code: 'MODULE_NOT_FOUND',
  message: /^Cannot find module '\.\.\/fixtures\/modules\/extensions\/script'\n/,
});
