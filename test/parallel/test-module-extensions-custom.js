'use strict';
// require.extensions (Module._extensions) maps extensions to loaders: a handler added there
// is used for files with that extension, including multi-part ones like '.special.js', and
// the extension joins the list tried for requests without one.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = path.join(common.fixturesDir, 'modules', 'extensions');
assert.strictEqual(require.extensions, Module._extensions);
assert.deepStrictEqual(Object.keys(Module._extensions), ['.js', '.json', '.node']);

Module._extensions['.upper'] = common.mustCall(function(module, filename) {
  assert.ok(module instanceof Module);
  assert.strictEqual(module.filename, filename);
  assert.strictEqual(module.loaded, false);
  module.exports = `loaded ${path.basename(filename)}`.toUpperCase();
});
assert.strictEqual(require('../fixtures/modules/extensions/shout'), 'LOADED SHOUT.UPPER');
assert.strictEqual(require.resolve('../fixtures/modules/extensions/shout'), path.join(dir, 'shout.upper'));
assert.strictEqual(require.cache[path.join(dir, 'shout.upper')].loaded, true);

// The longest registered extension wins: '.special.js' over '.js'. A handler may compile
// source of its own making.
require.extensions['.special.js'] = common.mustCall(function(module, filename) {
  module._compile('module.exports = `compiled by the .special.js handler: ${__filename}`;', filename);
});
assert.strictEqual(require('../fixtures/modules/extensions/double.special.js'),
                   `compiled by the .special.js handler: ${path.join(dir, 'double.special.js')}`);

delete require.extensions['.upper'];
delete require.extensions['.special.js'];
