'use strict';
// url.searchParams is live in both directions: changing the params rewrites the URL's query
// (and drops it when empty), changing href or search refills the params.
require('../common');
const assert = require('assert');

const url = new URL('http://a/p?x=1&y=2#h');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);
assert.strictEqual(params.get('x'), '1');

params.append('z', 'a b');
assert.strictEqual(url.href, 'http://a/p?x=1&y=2&z=a+b#h');
params.set('x', 'é');
assert.strictEqual(url.search, '?x=%C3%A9&y=2&z=a+b');
params.delete('x');
params.delete('y');
params.delete('z');
assert.strictEqual(url.href, 'http://a/p#h');
assert.strictEqual(url.search, '');
params.append('q', '1');
params.sort();
assert.strictEqual(url.href, 'http://a/p?q=1#h');

url.search = '?m=1&n';
assert.deepStrictEqual([...params], [['m', '1'], ['n', '']]);
url.search = '';
assert.deepStrictEqual([...params], []);
assert.strictEqual(url.href, 'http://a/p#h');
url.href = 'https://b/?k=v';
assert.deepStrictEqual([...params], [['k', 'v']]);
url.hash = 'x';
assert.strictEqual(params.toString(), 'k=v');

// The query the URL keeps is the URL's own encoding until the params change it.
const raw = new URL("http://a/?a=b c&d='");
assert.strictEqual(raw.search, '?a=b%20c&d=%27');
assert.strictEqual(raw.searchParams.get('a'), 'b c');
raw.searchParams.sort();
assert.strictEqual(raw.search, '?a=b+c&d=%27');

// An opaque path loses its trailing spaces once the query is gone.
const opaque = new URL('a:b ?c');
opaque.searchParams.delete('c');
assert.strictEqual(opaque.href, 'a:b');
const withFragment = new URL('a:b ?c#d');
withFragment.search = '';
assert.strictEqual(withFragment.href, 'a:b #d');
const hashOnly = new URL('a:b #c');
hashOnly.hash = '';
assert.strictEqual(hashOnly.href, 'a:b');

// A standalone URLSearchParams belongs to no URL.
const standalone = new URLSearchParams(url.searchParams);
standalone.append('extra', '1');
assert.strictEqual(url.search, '?k=v');
