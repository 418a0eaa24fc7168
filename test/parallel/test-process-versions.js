'use strict';
// process.version and process.versions: a v20 release, node/v8/uv versions as strings,
// read-only properties.
require('../common');
const assert = require('assert');

assert.match(process.version, /^v20\.\d+\.\d+$/);
assert.strictEqual(process.version, `v${process.versions.node}`);

for (const key of ['node', 'v8', 'uv', 'modules']) {
  assert.strictEqual(typeof process.versions[key], 'string', key);
}
assert.match(process.versions.v8, /^\d+\.\d+\.\d+/);
assert.match(process.versions.uv, /^\d+\.\d+\.\d+/);
assert.strictEqual(process.versions.modules, '115');
assert.strictEqual(Object.keys(process.versions)[0], 'node');

for (const key of Object.keys(process.versions)) {
  assert.strictEqual(typeof process.versions[key], 'string', key);
  assert.strictEqual(Object.getOwnPropertyDescriptor(process.versions, key).writable, false);
}
assert.throws(() => { process.versions.node = '0.0.0'; }, TypeError);
assert.strictEqual(process.version, `v${process.versions.node}`);

for (const name of ['version', 'versions']) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process, name), {
    value: process[name], writable: false, enumerable: true, configurable: true,
  });
}
assert.throws(() => { process.version = 'v0'; }, TypeError);
