'use strict';
// URL and URLSearchParams are globals (not enumerable), the same classes as require('url').
require('../common');
const assert = require('assert');
const url = require('url');

assert.strictEqual(globalThis.URL, url.URL);
assert.strictEqual(globalThis.URLSearchParams, url.URLSearchParams);
for (const name of ['URL', 'URLSearchParams']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(descriptor.configurable, true, name);
  assert.ok(!Object.keys(globalThis).includes(name));
}
assert.strictEqual(require('node:url').URL, URL);
