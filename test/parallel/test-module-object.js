'use strict';
// The module object a module sees while it runs, and after: id, filename, path, paths,
// loaded, parent and children.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = path.join(common.fixturesDir, 'modules', 'module-object');
const file = path.join(dir, 'child.js');
const seen = require('../fixtures/modules/module-object/child');

assert.strictEqual(seen.id, file);
assert.strictEqual(seen.filename, file);
assert.strictEqual(seen.filenameVar, file);
assert.strictEqual(seen.path, dir);
assert.strictEqual(seen.dirname, dir);
assert.strictEqual(seen.loaded, false);
assert.strictEqual(seen.parentId, '.');
assert.deepStrictEqual(seen.paths, Module._nodeModulePaths(dir));
assert.deepStrictEqual(seen.keys, ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);

const child = seen.self;
assert.ok(child instanceof Module);
assert.strictEqual(child.constructor, Module);
assert.strictEqual(child.loaded, true);
assert.strictEqual(child.exports, seen);
assert.strictEqual(child.parent, module);
assert.deepStrictEqual(child.children, []);
assert.ok(module.children.includes(child));
assert.strictEqual(require.cache[file], child);
// parent is not an own property.
assert.deepStrictEqual(Object.getOwnPropertyNames(child),
                       ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
assert.strictEqual(child.isPreloading, false);
assert.strictEqual(module.require('../fixtures/modules/module-object/child'), seen);

// Requiring it again does not list it twice.
const before = module.children.length;
require('../fixtures/modules/module-object/child');
assert.strictEqual(module.children.length, before);
