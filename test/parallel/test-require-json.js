'use strict';
// .json files are parsed with JSON.parse, a leading byte order mark is skipped, and the
// result is cached like any module.
const common = require('../common');
const assert = require('assert');
const path = require('path');

const dir = path.join(common.fixturesDir, 'modules', 'extensions');

const data = require('../fixtures/modules/extensions/data.json');
assert.deepStrictEqual(data, { answer: 42, list: [1, 2, 3], nested: { ok: true } });
assert.strictEqual(Object.getPrototypeOf(data), Object.prototype);
// Same object on every require: it comes from the cache.
assert.strictEqual(require('../fixtures/modules/extensions/data'), data);
const cached = require.cache[path.join(dir, 'data.json')];
assert.strictEqual(cached.exports, data);
assert.strictEqual(cached.loaded, true);
assert.strictEqual(cached.filename, path.join(dir, 'data.json'));

assert.deepStrictEqual(require('../fixtures/modules/extensions/bom.json'), { bom: true });
