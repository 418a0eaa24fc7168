'use strict';
// Module.wrapper and Module.wrap() show how module code is wrapped; replacing or changing
// them makes later modules compile through the new wrapper.
require('../common');
const assert = require('assert');
const Module = require('module');

assert.deepStrictEqual([...Module.wrapper], [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
assert.strictEqual(Module.wrap('body'),
                   '(function (exports, require, module, __filename, __dirname) { body\n});');
for (const name of ['wrap', 'wrapper']) {
  const descriptor = Object.getOwnPropertyDescriptor(Module, name);
  assert.strictEqual(typeof descriptor.get, 'function');
  assert.strictEqual(typeof descriptor.set, 'function');
  assert.strictEqual(descriptor.enumerable, false);
}

const originalWrap = Module.wrap;
Module.wrap = function(script) {
  return originalWrap('module.exports.wrappedBy = "patched wrap"; ' + script);
};
assert.deepStrictEqual(require('../fixtures/modules/module-object/early-return'),
                       { wrappedBy: 'patched wrap', before: true });
Module.wrap = originalWrap;

Module.wrapper[0] += 'module.exports.wrappedBy = "patched wrapper"; ';
assert.deepStrictEqual(require('../fixtures/modules/module-object/reassign-module-exports'), { kept: true });
assert.strictEqual(require('../fixtures/modules/module-object/primitive'), 42);
assert.deepStrictEqual(require('../fixtures/modules/module-object/reassign-exports'),
                       { wrappedBy: 'patched wrapper' });
