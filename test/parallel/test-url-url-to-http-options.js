'use strict';
// url.urlToHttpOptions: a null-prototype options object for http.request from a URL (or a
// look-alike): own properties first, brackets off IPv6 hostnames, numeric port, decoded auth.
require('../common');
const assert = require('assert');
const url = require('url');

const withEverything = new URL('https://us%20er:p%3Ass@[::1]:8080/p/a?x=1#h');
withEverything.extra = 5;
const options = url.urlToHttpOptions(withEverything);
assert.strictEqual(Object.getPrototypeOf(options), null);
assert.deepStrictEqual({ ...options }, {
  extra: 5,
  protocol: 'https:',
  hostname: '::1',
  hash: '#h',
  search: '?x=1',
  pathname: '/p/a',
  path: '/p/a?x=1',
  href: 'https://us%20er:p%3Ass@[::1]:8080/p/a?x=1#h',
  port: 8080,
  auth: 'us er:p:ss',
});
assert.deepStrictEqual(Object.keys(options),
                       ['extra', 'protocol', 'hostname', 'hash', 'search', 'pathname', 'path', 'href', 'port', 'auth']);

assert.deepStrictEqual({ ...url.urlToHttpOptions(new URL('http://a.com')) }, {
  protocol: 'http:', hostname: 'a.com', hash: '', search: '', pathname: '/', path: '/', href: 'http://a.com/',
});
assert.strictEqual(url.urlToHttpOptions(new URL('http://u@a.com')).auth, 'u:');
assert.strictEqual('port' in url.urlToHttpOptions(new URL('http://a.com:80')), false);

const fromObject = url.urlToHttpOptions({ href: 'x', protocol: 'y:', hostname: 'h', port: '12', username: '', password: '' });
assert.deepStrictEqual(Object.keys(fromObject),
                       ['href', 'protocol', 'hostname', 'port', 'username', 'password', 'hash', 'search', 'pathname', 'path']);
assert.strictEqual(fromObject.port, 12);
assert.strictEqual(fromObject.path, '');
assert.throws(() => url.urlToHttpOptions(), TypeError);
