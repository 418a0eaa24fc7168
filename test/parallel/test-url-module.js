'use strict';
// The shape of require('url') and of the legacy Url class.
require('../common');
const assert = require('assert');
const url = require('url');

assert.deepStrictEqual(Object.keys(url), [
  'Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams', 'domainToASCII',
  'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions',
]);
assert.strictEqual(require('node:url'), url);

const empty = new url.Url();
assert.deepStrictEqual({ ...empty }, {
  protocol: null, slashes: null, auth: null, host: null, port: null, hostname: null, hash: null,
  search: null, query: null, pathname: null, path: null, href: null,
});
assert.deepStrictEqual(Object.getOwnPropertyNames(url.Url.prototype),
                       ['constructor', 'parse', 'format', 'resolve', 'resolveObject', 'parseHost']);
// Methods are plain enumerable properties, as in node.
const inherited = [];
for (const key in empty) if (!Object.prototype.hasOwnProperty.call(empty, key)) inherited.push(key);
assert.deepStrictEqual(inherited, ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']);

// parse() passes Url objects through.
const parsed = url.parse('http://a/');
assert.strictEqual(url.parse(parsed), parsed);
// The instance methods work on their own.
const manual = new url.Url();
manual.parse('http://b/c?d');
assert.strictEqual(manual.href, 'http://b/c?d');
assert.strictEqual(manual.format(), 'http://b/c?d');
manual.host = 'x.com:81';
manual.parseHost();
assert.strictEqual(manual.hostname, 'x.com');
assert.strictEqual(manual.port, '81');
