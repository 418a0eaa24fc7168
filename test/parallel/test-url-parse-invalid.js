'use strict';
// url.parse() rejects non-strings, hostnames that IDNA or the forbidden-character check
// refuse, broken IPv6 literals and malformed escapes in auth; an unusable port only warns,
// once per process (DEP0170).
const common = require('../common');
const assert = require('assert');
const url = require('url');

common.expectWarning('DeprecationWarning', [
  ['The URL http://a:b/ is invalid. Future versions of Node.js will throw an error.', 'DEP0170'],
]);

// A bad port moves to the path, with a warning (only the first time).
const parsed = url.parse('http://a:b/');
assert.strictEqual(parsed.hostname, 'a');
assert.strictEqual(parsed.port, null);
assert.strictEqual(parsed.pathname, '/:b/');
assert.strictEqual(url.parse('http://a:80x/').pathname, '/:80x/');

for (const value of [5, null, undefined, {}, true]) {
  assert.throws(() => url.parse(value), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => url.parse(5), {
  message: 'The "url" argument must be of type string. Received type number (5)',
});

for (const input of ['http://xn--iñvalid.com/', 'http://xn--a/', 'http://xn--/', 'http://\u00ad/',
                     'http://a\u00a0b/', 'http://[::1/', 'http://[::1]x/', 'http://[a b]/', 'http://[<]/',
                     'http://a[b/x', 'http://a]b/x', 'http://a\ud800b/x', 'http://[fe80::1%25eth0]/']) {
  assert.throws(() => url.parse(input), (error) => {
    assert.strictEqual(error.code, 'ERR_INVALID_URL', input);
    assert.strictEqual(error.input, input);
    return true;
  });
}
assert.throws(() => url.parse('http://%zz@c/'), { name: 'URIError', message: 'URI malformed' });

