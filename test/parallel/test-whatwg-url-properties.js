'use strict';
// The shape of URL: enumerable accessors on the prototype (none on instances), the
// toStringTag, brand checks on a foreign `this`, and lone surrogates turned into U+FFFD.
require('../common');
const assert = require('assert');

const url = new URL('http://a/');
assert.deepStrictEqual(Reflect.ownKeys(url), []);
assert.deepStrictEqual(Object.getOwnPropertyNames(URL.prototype), [
  'constructor', 'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
for (const name of Object.getOwnPropertyNames(URL.prototype)) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.strictEqual(descriptor.enumerable, name !== 'constructor', name);
  assert.strictEqual(descriptor.configurable, true, name);
}
for (const name of ['origin', 'searchParams']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, name).set, undefined, name);
}
for (const name of ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
                    'search', 'hash']) {
  const descriptor = Object.getOwnPropertyDescriptor(URL.prototype, name);
  assert.strictEqual(typeof descriptor.get, 'function', name);
  assert.strictEqual(typeof descriptor.set, 'function', name);
  assert.strictEqual(descriptor.get.name, `get ${name}`);
  // Getters and setters refuse objects that are not URLs.
  assert.throws(() => descriptor.get.call({}), TypeError, name);
  assert.throws(() => descriptor.set.call({}, 'x'), TypeError, name);
}
assert.throws(() => URL.prototype.toString.call({}), {
  name: 'TypeError', message: 'Receiver must be an instance of class URL',
});
assert.throws(() => URL.prototype.toJSON.call({}), TypeError);

const tag = Object.getOwnPropertyDescriptor(URL.prototype, Symbol.toStringTag);
assert.deepStrictEqual(tag, { value: 'URL', writable: false, enumerable: false, configurable: true });
assert.strictEqual(Object.prototype.toString.call(url), '[object URL]');

for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(URL, name).enumerable, true, name);
}
assert.strictEqual(URL.length, 1);
assert.strictEqual(URL.prototype.toJSON.length, 0);

// Strings are converted to well-formed Unicode first.
assert.strictEqual(new URL('http://a/\ud800').pathname, '/%EF%BF%BD');
assert.strictEqual(new URL('http://a/?\udc00x').search, '?%EF%BF%BD' + 'x');
const withSurrogates = new URL('http://a/');
withSurrogates.hash = '\ud800';
assert.strictEqual(withSurrogates.hash, '#%EF%BF%BD');

// Setters stringify their values.
const target = new URL('http://a/');
target.port = 1234.5;
assert.strictEqual(target.port, '1234');
target.pathname = 5;
assert.strictEqual(target.pathname, '/5');
target.search = { toString: () => 'q=1' };
assert.strictEqual(target.search, '?q=1');
assert.throws(() => { target.hash = Symbol('x'); }, TypeError);

// A subclass keeps working.
class MyURL extends URL {
  get extra() { return this.host; }
}
const sub = new MyURL('http://sub/');
assert.strictEqual(sub.extra, 'sub');
assert.strictEqual(sub.href, 'http://sub/');

// createObjectURL only takes Blobs.
assert.throws(() => URL.createObjectURL('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "obj" argument must be an instance of Blob. Received type string (\'x\')',
});
assert.strictEqual(URL.revokeObjectURL('blob:nodedata:nothing'), undefined);
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
