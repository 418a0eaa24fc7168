'use strict';
// require('module').builtinModules lists the builtins a user can require, without the node:
// prefix and without internals; isBuiltin() answers for one id, with or without node:.
require('../common');
const assert = require('assert');
const Module = require('module');

const { builtinModules, isBuiltin } = Module;
assert.ok(Array.isArray(builtinModules));
assert.ok(Object.isFrozen(builtinModules));
for (const id of ['assert', 'assert/strict', 'console', 'events', 'module', 'path', 'util', 'util/types']) {
  assert.ok(builtinModules.includes(id), id);
  assert.strictEqual(isBuiltin(id), true);
  assert.strictEqual(isBuiltin(`node:${id}`), true);
}
for (const id of builtinModules) {
  assert.ok(!id.startsWith('node:'), id);
  assert.ok(!id.startsWith('internal/'), id);
  assert.strictEqual(isBuiltin(id), true, id);
  assert.strictEqual(require.resolve(id), id);
}
for (const id of ['path/', 'PATH', 'internal/errors', 'node:internal/errors', 'node:nope', 'nope', '', 'node:']) {
  assert.strictEqual(isBuiltin(id), false, id);
}
for (const value of [undefined, null, 1, {}, ['path']]) {
  assert.strictEqual(isBuiltin(value), false);
}
