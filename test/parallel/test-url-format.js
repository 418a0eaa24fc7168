'use strict';
// url.format(urlObject) for legacy objects and strings: '//' for slashed protocols, host
// before hostname+port, query objects through querystring, '#' and '?' escaped in the path
// and '#' in the search, auth escaped.
require('../common');
const assert = require('assert');
const url = require('url');

const cases = [
  [{}, ''],
  [{ protocol: 'http', host: 'a.com' }, 'http://a.com'],
  [{ protocol: 'http:', hostname: 'a.com', port: 8080 }, 'http://a.com:8080'],
  [{ protocol: 'http', hostname: '::1', port: 80 }, 'http://[::1]:80'],
  [{ protocol: 'http', hostname: '[::1]' }, 'http://[::1]'],
  [{ protocol: 'file', pathname: '/x' }, 'file:///x'],
  [{ protocol: 'file:', pathname: 'x' }, 'file://x'],
  [{ protocol: 'file', host: '' }, 'file://'],
  [{ protocol: 'foo', pathname: 'x' }, 'foo:x'],
  [{ protocol: 'foo', host: 'h', pathname: 'x' }, 'foo:hx'],
  [{ protocol: 'foo', slashes: true, pathname: 'x' }, 'foo:///x'],
  [{ protocol: 'xyz:', slashes: true, host: 'h', pathname: '/p' }, 'xyz://h/p'],
  [{ protocol: 'mailto', auth: 'a', host: 'b' }, 'mailto:a@b'],
  [{ protocol: 'HTTP', host: 'h' }, 'HTTP:h'],
  [{ protocol: 'https:', slashes: false, host: 'h' }, 'https://h'],
  [{ protocol: 'javascript', pathname: 'alert(1)' }, 'javascript:alert(1)'],
  [{ pathname: '/a#b?c', search: 'x#y', hash: 'h' }, '/a%23b%3Fc?x%23y#h'],
  [{ pathname: 'a', query: { a: 1, b: [2, 3] } }, 'a?a=1&b=2&b=3'],
  [{ pathname: 'a', search: '?s', query: { a: 1 } }, 'a?s'],
  [{ query: 'a=1' }, ''],
  [{ host: 'h', pathname: 'p' }, 'hp'],
  [{ slashes: true, host: 'h', pathname: 'p' }, '//h/p'],
  [{ href: 'http://ignored/' }, ''],
  [{ protocol: 'http', host: 'h', hostname: 'ignored', port: 1 }, 'http://h'],
  [{ hash: 'x' }, '#x'],
  [{ search: 'a=b' }, '?a=b'],
  [{ pathname: '%23#' }, '%23%23'],
  [{ port: 80, hostname: 'h' }, 'h:80'],
  [{ hostname: 'a:b', port: 1 }, '[a:b]:1'],
  [{ protocol: 'http', auth: 'us er:p@ss/é', host: 'h' }, 'http://us%20er:p%40ss%2F%C3%A9@h'],
  [{ protocol: 'http', auth: "!'()*-._~:", host: 'h' }, "http://!'()*-._~:@h"],
  ['http://a.com/x?y#z', 'http://a.com/x?y#z'],
  ['HTTP://A.COM', 'http://a.com/'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(url.format(input), expected, JSON.stringify(input));
}

// Inherited fields count too.
assert.strictEqual(url.format({ protocol: 'http', hostname: 'a', pathname: '/p', __proto__: { port: 5 } }),
                   'http://a:5/p');
// Round trips.
const href = 'http://user:pass@host.com:8080/p/a/t/h?query=string#hash';
assert.strictEqual(url.format(url.parse(href)), href);
assert.strictEqual(url.parse(href).format(), href);
assert.strictEqual(url.format(Object.assign(url.parse('http://a/b?c=d', true), { search: null })), 'http://a/b?c=d');

for (const value of [5, null, undefined, true]) {
  assert.throws(() => url.format(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "urlObject" argument must be one of type object or string\. Received /,
  });
}
assert.throws(() => url.format({ protocol: 5 }), TypeError);
