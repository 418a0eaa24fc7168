'use strict';
// util.inspect of URL objects: every getter listed under the class name, searchParams shown
// through its own inspector, `[Object]`/`URL {}` past the depth limit.
require('../common');
const assert = require('assert');
const util = require('util');

const url = new URL('https://user:pw@a.com:8080/p?x=1&y=2#h');
assert.strictEqual(util.inspect(url), `URL {
  href: 'https://user:pw@a.com:8080/p?x=1&y=2#h',
  origin: 'https://a.com:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pw',
  host: 'a.com:8080',
  hostname: 'a.com',
  port: '8080',
  pathname: '/p',
  search: '?x=1&y=2',
  searchParams: URLSearchParams { 'x' => '1', 'y' => '2' },
  hash: '#h'
}`);

assert.strictEqual(util.inspect(new URL('http://a/'), { depth: 0 }), `URL {
  href: 'http://a/',
  origin: 'http://a',
  protocol: 'http:',
  username: '',
  password: '',
  host: 'a',
  hostname: 'a',
  port: '',
  pathname: '/',
  search: '',
  searchParams: [Object],
  hash: ''
}`);
assert.strictEqual(util.inspect(new URL('http://a/'), { depth: -1 }), 'URL {}');
assert.strictEqual(util.inspect({ a: { b: { c: new URL('http://a/') } } }), '{ a: { b: { c: URL {} } } }');
assert.strictEqual(
  util.inspect(new URL('http://a/'), { breakLength: Infinity }),
  "URL { href: 'http://a/', origin: 'http://a', protocol: 'http:', username: '', password: '', " +
  "host: 'a', hostname: 'a', port: '', pathname: '/', search: '', searchParams: URLSearchParams {}, " +
  "hash: '' }");

// Nested: indented with the container.
assert.strictEqual(util.inspect([new URL('http://b/')]), `[
  URL {
    href: 'http://b/',
    origin: 'http://b',
    protocol: 'http:',
    username: '',
    password: '',
    host: 'b',
    hostname: 'b',
    port: '',
    pathname: '/',
    search: '',
    searchParams: URLSearchParams {},
    hash: ''
  }
]`);

// A subclass shows its own name; own properties stay hidden.
class MyURL extends URL {}
const mine = new MyURL('http://c/');
mine.extra = 1;
assert.match(util.inspect(mine), /^MyURL \{\n {2}href: 'http:\/\/c\/',/);
assert.doesNotMatch(util.inspect(mine), /extra/);

// Colors reach the values.
assert.match(util.inspect(new URL('http://a/'), { colors: true }), /href: \u001b\[32m'http:\/\/a\/'\u001b\[39m/);
