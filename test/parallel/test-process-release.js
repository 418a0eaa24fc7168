'use strict';
// process.release describes a node release: name, LTS code name and download URLs.
require('../common');
const assert = require('assert');

const { release } = process;
assert.strictEqual(release.name, 'node');
assert.strictEqual(release.lts, 'Iron');
const base = `https://nodejs.org/download/release/${process.version}/node-${process.version}`;
assert.strictEqual(release.sourceUrl, `${base}.tar.gz`);
assert.strictEqual(release.headersUrl, `${base}-headers.tar.gz`);
assert.deepStrictEqual(Object.keys(release), ['name', 'lts', 'sourceUrl', 'headersUrl']);

for (const key of Object.keys(release)) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(release, key).writable, false, key);
}
assert.throws(() => { release.name = 'other'; }, TypeError);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(process, 'release'), {
  value: release, writable: false, enumerable: true, configurable: true,
});
