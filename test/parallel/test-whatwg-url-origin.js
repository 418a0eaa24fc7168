'use strict';
// URL#origin: scheme://host[:port] for http(s), ws(s) and ftp (default ports left out);
// blob: URLs take the origin of their http(s) inner URL; everything else is opaque ('null').
require('../common');
const assert = require('assert');

const cases = [
  ['http://example.com/a', 'http://example.com'],
  ['https://EXAMPLE.com:443/', 'https://example.com'],
  ['https://example.com:444/', 'https://example.com:444'],
  ['http://user:pass@example.com:80/', 'http://example.com'],
  ['ws://a:80/', 'ws://a'],
  ['wss://a:444/', 'wss://a:444'],
  ['ftp://a:21/', 'ftp://a'],
  ['ftp://a:22/', 'ftp://a:22'],
  ['http://[::1]:8080/', 'http://[::1]:8080'],
  ['http://0x7f.1/', 'http://127.0.0.1'],
  ['http://español.com/', 'http://xn--espaol-zwa.com'],
  ['blob:https://a.com/x', 'https://a.com'],
  ['blob:http://a.com:8080/x', 'http://a.com:8080'],
  ['blob:ftp://a.com/x', 'null'],
  ['blob:file:///x', 'null'],
  ['blob:blob:https://a.com/x', 'null'],
  ['blob:d3958f5c-0777-0845-9dcf-2cb28783acaf', 'null'],
  ['file:///x', 'null'],
  ['foo://a:80/', 'null'],
  ['mailto:a@b', 'null'],
  ['data:text/plain,x', 'null'],
  ['javascript:alert(1)', 'null'],
];
for (const [input, origin] of cases) {
  assert.strictEqual(new URL(input).origin, origin, input);
}

// origin is read-only.
const url = new URL('http://a/');
assert.strictEqual(Object.getOwnPropertyDescriptor(URL.prototype, 'origin').set, undefined);
assert.throws(() => { 'use strict'; url.origin = 'http://b'; }, TypeError);
assert.strictEqual(url.origin, 'http://a');
