'use strict';
// require.cache holds loaded modules by file name: deleting an entry makes the next require
// load the file again, and an entry put there is returned without loading anything.
const common = require('../common');
const assert = require('assert');
const path = require('path');
const Module = require('module');

const file = path.join(common.fixturesDir, 'modules', 'cache', 'counter.js');

assert.strictEqual(require.cache, Module._cache);
assert.strictEqual(Object.getPrototypeOf(require.cache), null);
assert.strictEqual(require.cache[__filename], module);

const first = require('../fixtures/modules/cache/counter');
assert.deepStrictEqual(first, { run: 1 });
assert.strictEqual(require('../fixtures/modules/cache/counter'), first);
assert.strictEqual(require.cache[file].exports, first);

delete require.cache[file];
const second = require('../fixtures/modules/cache/counter');
assert.deepStrictEqual(second, { run: 2 });
assert.notStrictEqual(second, first);

// A pre-populated entry (keyed by the resolved file name) is used as is.
const fake = new Module(file, null);
fake.exports = { fake: true };
fake.loaded = true;
require.cache[file] = fake;
assert.strictEqual(require('../fixtures/modules/cache/counter'), fake.exports);
assert.strictEqual(require(file), fake.exports);
assert.strictEqual(globalThis.cacheCounterRuns, 2);

// Builtins come from the cache too when an entry is put under their id.
require.cache.path = { exports: 'not the path module', loaded: true };
assert.strictEqual(require('path'), 'not the path module');
assert.notStrictEqual(require('node:path'), 'not the path module');
delete require.cache.path;
assert.strictEqual(typeof require('path').join, 'function');
