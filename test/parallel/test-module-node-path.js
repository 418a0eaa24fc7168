'use strict';
// NODE_PATH lists extra folders searched for bare requests after every node_modules folder;
// Module._initPaths() reads it again.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const root = path.join(common.fixturesDir, 'modules', 'node-path');
const first = path.join(root, 'first');
const second = path.join(root, 'second');

assert.throws(() => require('np-first'), { code: 'MODULE_NOT_FOUND' });

process.env.NODE_PATH = [first, '', second].join(path.delimiter);
Module._initPaths();

// Empty entries are dropped; the per-user and per-install folders follow.
assert.deepStrictEqual(Module.globalPaths.slice(0, 2), [first, second]);
assert.strictEqual(Module.globalPaths.at(-1), path.resolve(process.execPath, '..', '..', 'lib', 'node'));
if (process.env.HOME) {
  assert.deepStrictEqual(Module.globalPaths.slice(2, 4), [
    path.resolve(process.env.HOME, '.node_modules'),
    path.resolve(process.env.HOME, '.node_libraries'),
  ]);
}
assert.deepStrictEqual(require.resolve.paths('x').slice(-Module.globalPaths.length), Module.globalPaths);

assert.strictEqual(require('np-first'), 'node-path/first/np-first');
assert.strictEqual(require('np-second'), 'node-path/second/np-second.js');
// In list order.
assert.strictEqual(require('np-shared'), 'node-path/first/np-shared');
// node_modules folders come first.
const requireFromApp = Module.createRequire(path.join(common.fixturesDir, 'modules', 'lookup', 'app', 'x.js'));
assert.strictEqual(requireFromApp('shadowed'), 'lookup/app/node_modules/shadowed');
assert.strictEqual(require('shadowed'), 'node-path/second/shadowed');

// Module.globalPaths is a copy: changing it changes nothing.
Module.globalPaths.unshift(path.join(common.fixturesDir, 'modules', 'lookup', 'node_modules'));
assert.throws(() => require.resolve('outer'), { code: 'MODULE_NOT_FOUND' });

delete process.env.NODE_PATH;
Module._initPaths();
assert.ok(!Module.globalPaths.includes(first));
assert.throws(() => require.resolve('np-first'), { code: 'MODULE_NOT_FOUND' });
