'use strict';
// url.format(URL, options): auth, fragment and search can be left out, and unicode shows the
// host in Unicode; the URL itself is not changed.
require('../common');
const assert = require('assert');
const url = require('url');

const input = new URL('http://us:pw@xn--espaol-zwa.com:81/p?q=1#h');
const cases = [
  [undefined, 'http://us:pw@xn--espaol-zwa.com:81/p?q=1#h'],
  [null, 'http://us:pw@xn--espaol-zwa.com:81/p?q=1#h'],
  [{}, 'http://us:pw@xn--espaol-zwa.com:81/p?q=1#h'],
  [{ auth: false }, 'http://xn--espaol-zwa.com:81/p?q=1#h'],
  [{ fragment: false }, 'http://us:pw@xn--espaol-zwa.com:81/p?q=1'],
  [{ search: false }, 'http://us:pw@xn--espaol-zwa.com:81/p#h'],
  [{ unicode: true }, 'http://us:pw@español.com:81/p?q=1#h'],
  [{ auth: 0, fragment: '', search: false, unicode: 1 }, 'http://español.com:81/p'],
  // null and undefined mean the default.
  [{ auth: null, fragment: undefined, search: null, unicode: null }, 'http://us:pw@xn--espaol-zwa.com:81/p?q=1#h'],
];
for (const [options, expected] of cases) {
  assert.strictEqual(url.format(input, options), expected, JSON.stringify(options));
}
assert.strictEqual(input.href, 'http://us:pw@xn--espaol-zwa.com:81/p?q=1#h');

assert.strictEqual(url.format(new URL('foo:/.//p')), 'foo:/.//p');
assert.strictEqual(url.format(new URL('file:///a')), 'file:///a');
assert.strictEqual(url.format(new URL('mailto:x@y'), { unicode: true }), 'mailto:x@y');
assert.strictEqual(url.format(new URL('http://[::1]:8/?#'), { fragment: false, search: false }), 'http://[::1]:8/');
assert.strictEqual(url.format(new URL('http://a/?#')), 'http://a/?#');
assert.strictEqual(url.format(new URL('sc://u@h'), { auth: false }), 'sc://h');

for (const options of [5, 'x', true]) {
  assert.throws(() => url.format(input, options), {
    code: 'ERR_INVALID_ARG_TYPE', message: /^The "options" argument must be of type object\./,
  });
}
