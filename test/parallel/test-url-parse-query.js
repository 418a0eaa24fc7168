'use strict';
// url.parse(str, parseQueryString, slashesDenoteHost): the query as a null-prototype object
// (empty when there is none), and '//host' read as a host only when asked.
require('../common');
const assert = require('assert');
const url = require('url');

const withQuery = url.parse('http://a/?a=1&a=2&b=%20&c', true);
assert.strictEqual(Object.getPrototypeOf(withQuery.query), null);
assert.deepStrictEqual({ ...withQuery.query }, { a: ['1', '2'], b: ' ', c: '' });
assert.strictEqual(withQuery.search, '?a=1&a=2&b=%20&c');

for (const input of ['http://a/', 'http://a/#x', '/p', '//a/b']) {
  const parsed = url.parse(input, true);
  assert.strictEqual(parsed.search, null, input);
  assert.strictEqual(Object.getPrototypeOf(parsed.query), null, input);
  assert.deepStrictEqual({ ...parsed.query }, {}, input);
}
const justMark = url.parse('http://a/?', true);
assert.strictEqual(justMark.search, '?');
assert.deepStrictEqual({ ...justMark.query }, {});
assert.deepStrictEqual({ ...url.parse('/a?b', true).query }, { b: '' });
assert.deepStrictEqual({ ...url.parse('http://a/?%zz=1', true).query }, { '%zz': '1' });
assert.strictEqual(url.parse('/p?q=1').query, 'q=1');
assert.strictEqual(url.parse('/p?q=1', false).query, 'q=1');

// The query goes through querystring.parse (and so through a replaced querystring.unescape).
const querystring = require('querystring');
const original = querystring.unescape;
querystring.unescape = (text) => text.toUpperCase();
try {
  assert.deepStrictEqual({ ...url.parse('http://a/?x=y', true).query }, { X: 'Y' });
} finally {
  querystring.unescape = original;
}

// slashesDenoteHost
const pathOnly = url.parse('//host/p');
assert.strictEqual(pathOnly.host, null);
assert.strictEqual(pathOnly.pathname, '//host/p');
const hosted = url.parse('//host/p', false, true);
assert.strictEqual(hosted.slashes, true);
assert.strictEqual(hosted.host, 'host');
assert.strictEqual(hosted.pathname, '/p');
assert.strictEqual(hosted.href, '//host/p');
// '//user@host' is a host even without the flag.
const withUser = url.parse('//a@b/c');
assert.strictEqual(withUser.auth, 'a');
assert.strictEqual(withUser.host, 'b');
assert.strictEqual(url.parse('\\\\a\\b', false, true).host, 'a');
