'use strict';
// The hooks transpilers use: wrapping require.extensions['.js'] and Module.prototype._compile
// sees each module's source and file name before it runs; _compile returns what the module
// body returns.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const file = path.join(common.fixturesDir, 'modules', 'extensions', 'script.cjs');
const originalCompile = Module.prototype._compile;
const originalLoader = require.extensions['.js'];

require.extensions['.js'] = common.mustCall(function(module, filename) {
  assert.strictEqual(filename, file);
  return originalLoader(module, filename);
});
Module.prototype._compile = common.mustCall(function(content, filename) {
  assert.strictEqual(filename, file);
  assert.strictEqual(content, "module.exports = 'script.cjs';\n");
  return originalCompile.call(this, content.replace("'script.cjs'", "'rewritten by a hook'"), filename);
});
assert.strictEqual(require('../fixtures/modules/extensions/script.cjs'), 'rewritten by a hook');
Module.prototype._compile = originalCompile;
require.extensions['.js'] = originalLoader;

const scratch = new Module('/virtual/scratch.js', null);
scratch.filename = '/virtual/scratch.js';
scratch.paths = Module._nodeModulePaths('/virtual');
assert.strictEqual(scratch._compile('exports.dir = __dirname; return 7;', '/virtual/scratch.js'), 7);
assert.deepStrictEqual(scratch.exports, { dir: '/virtual' });
