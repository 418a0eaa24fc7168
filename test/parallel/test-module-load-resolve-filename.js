'use strict';
// Module._resolveFilename(request, parent) and Module._load(request, parent): the steps behind
// require(), usable with any parent module (or none).
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const dir = path.join(common.fixturesDir, 'modules', 'extensions');

assert.strictEqual(Module._resolveFilename('path'), 'path');
assert.strictEqual(Module._resolveFilename('node:path'), 'node:path');
assert.strictEqual(Module._resolveFilename('../fixtures/modules/extensions/both', module), path.join(dir, 'both.js'));
// Without a parent, relative requests start from the current directory.
const fromCwd = `./${path.relative(process.cwd(), path.join(dir, 'both'))}`;
assert.strictEqual(Module._resolveFilename(fromCwd), path.join(dir, 'both.js'));
// Any object with a filename can stand in for the parent.
assert.strictEqual(Module._resolveFilename('./both', { id: 'x', filename: path.join(dir, 'x.js'), paths: [] }),
                   path.join(dir, 'both.js'));
assert.throws(() => Module._resolveFilename('./nope'), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module './nope'",
  requireStack: [],
});
assert.throws(() => Module._resolveFilename('./nope', { id: 'x', filename: '/tmp/parent.js' }), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module './nope'\nRequire stack:\n- /tmp/parent.js",
  requireStack: ['/tmp/parent.js'],
});

assert.strictEqual(Module._load('path'), require('path'));
assert.strictEqual(Module._load('node:events'), require('events'));
assert.throws(() => Module._load('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
const before = module.children.length;
assert.strictEqual(Module._load('../fixtures/modules/extensions/both', module), 'both.js');
assert.strictEqual(module.children.length, before + 1);
assert.strictEqual(module.children.at(-1).id, path.join(dir, 'both.js'));
assert.strictEqual(Module._load(path.join(dir, 'pair')), 'pair.json');
assert.strictEqual(require.cache[path.join(dir, 'pair.json')].parent, undefined);
