'use strict';
// url.domainToASCII / domainToUnicode: the host as a special URL's hostname setter would take
// it (so IPv4 forms are normalized and '/' ends it), '' when it is rejected.
require('../common');
const assert = require('assert');
const url = require('url');

const cases = [
  // [domain, ASCII, Unicode]
  ['español.com', 'xn--espaol-zwa.com', 'español.com'],
  ['xn--espaol-zwa.com', 'xn--espaol-zwa.com', 'español.com'],
  ['xn--iñvalid.com', '', ''],
  ['EXAMPLE.com', 'example.com', 'example.com'],
  ['faß.de', 'xn--fa-hia.de', 'faß.de'],
  ['xn--zca.com', 'xn--zca.com', 'ß.com'],
  ['ﬁ.com', 'fi.com', 'fi.com'],
  ['日本語。ＪＰ', 'xn--wgv71a119e.jp', '日本語.jp'],
  ['xn--ls8h.la', 'xn--ls8h.la', '💩.la'],
  ['☕.us', 'xn--53h.us', '☕.us'],
  ['ا1.com', 'xn--1-ymc.com', 'ا1.com'],
  ['a\u200db.com', '', ''],
  ['\u00ad', '', ''],
  ['xn--', '', ''],
  ['xn--a', '', ''],
  ['-x-.com', '-x-.com', '-x-.com'],
  ['ab--cd.com', 'ab--cd.com', 'ab--cd.com'],
  ['a..b', 'a..b', 'a..b'],
  ['a.b.c.', 'a.b.c.', 'a.b.c.'],
  ['.', '.', '.'],
  ['', '', ''],
  ['1.2.3.4', '1.2.3.4', '1.2.3.4'],
  ['0x7f.1', '127.0.0.1', '127.0.0.1'],
  ['[::1]', '[::1]', '[::1]'],
  ['%41.com', 'a.com', 'a.com'],
  ['a b', '', ''],
  ['a%20b', '', ''],
  ['a:80', '', ''],
  [' a', '', ''],
  ['a/b', 'a', 'a'],
  ['a?b', 'a', 'a'],
  ['a#b', 'a', 'a'],
  ['a\tb', 'ab', 'ab'],
  ['xn--espaol-zwa.com/x', 'xn--espaol-zwa.com', 'español.com'],
  ['\u0000', '', ''],
  ['\ud800.com', '', ''],
  ['x'.repeat(70) + '.com', 'x'.repeat(70) + '.com', 'x'.repeat(70) + '.com'],
];
for (const [domain, ascii, unicode] of cases) {
  assert.strictEqual(url.domainToASCII(domain), ascii, JSON.stringify(domain));
  assert.strictEqual(url.domainToUnicode(domain), unicode, JSON.stringify(domain));
}

// Arguments are stringified; one is required.
assert.strictEqual(url.domainToASCII(5), '0.0.0.5');
assert.strictEqual(url.domainToUnicode(null), 'null');
assert.strictEqual(url.domainToASCII(undefined), 'undefined');
for (const fn of [url.domainToASCII, url.domainToUnicode]) {
  assert.throws(() => fn(), {
    code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "domain" argument must be specified',
  });
}
