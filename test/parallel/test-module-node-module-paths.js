'use strict';
// Module._nodeModulePaths(from): the node_modules folders from `from` up to the root, never
// one inside another node_modules.
require('../common');
const assert = require('assert');
const path = require('path');
const { _nodeModulePaths } = require('module');

for (const [from, expected] of [
  ['/', ['/node_modules']],
  ['/a', ['/a/node_modules', '/node_modules']],
  ['/a/b', ['/a/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/b/', ['/a/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a//b', ['/a/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/b/..', ['/a/node_modules', '/node_modules']],
  ['/node_modules', ['/node_modules']],
  ['/a/node_modules', ['/a/node_modules', '/node_modules']],
  ['/a/node_modules/b', ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/node_modules/node_modules/b',
   ['/a/node_modules/node_modules/b/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/node_modules_x', ['/a/node_modules_x/node_modules', '/a/node_modules', '/node_modules']],
  ['/a/xnode_modules/b',
   ['/a/xnode_modules/b/node_modules', '/a/xnode_modules/node_modules', '/a/node_modules', '/node_modules']],
]) {
  assert.deepStrictEqual(_nodeModulePaths(from), expected, from);
}
// Relative folders are taken from the current directory.
assert.deepStrictEqual(_nodeModulePaths('rel'), _nodeModulePaths(path.resolve('rel')));
assert.deepStrictEqual(module.paths, _nodeModulePaths(__dirname));
