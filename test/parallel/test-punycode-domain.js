'use strict';
// punycode.toASCII() and toUnicode(): label by label, only labels that need it, IDNA's
// other dots accepted, the local part of an e-mail address left alone.
require('../common');
const assert = require('assert');
const punycode = require('punycode');

const pairs = [
  ['ma\u00F1ana.com', 'xn--maana-pta.com'],
  ['example.com', 'example.com'],
  ['\u4F8B\u3048.\u30C6\u30B9\u30C8', 'xn--r8jz45g.xn--zckzah'],
  ['b\u00FCcher.example.b\u00FCcher', 'xn--bcher-kva.example.xn--bcher-kva'],
  ['\u2603.net', 'xn--n3h.net'],
  ['\u{1F4A9}.la', 'xn--ls8h.la'],
  ['', ''],
  ['.', '.'],
  ['a..b', 'a..b'],
  // E-mail addresses: the local part is kept as it is.
  ['\u0434\u0436\u0443\u043C\u043B\u0430@\u0434\u0436p\u0443\u043C\u043B\u0430\u0442\u0435\u0441\u0442.b\u0440\u0444a',
   '\u0434\u0436\u0443\u043C\u043B\u0430@xn--p-8sbkgc5ag7bhce.xn--ba-lmcq'],
  ['user@ma\u00F1ana.com', 'user@xn--maana-pta.com'],
];
for (const [unicode, ascii] of pairs) {
  assert.strictEqual(punycode.toASCII(unicode), ascii, `toASCII ${unicode}`);
  assert.strictEqual(punycode.toUnicode(ascii), unicode, `toUnicode ${ascii}`);
}

// Already-encoded and ASCII labels pass through toASCII; toUnicode leaves plain labels.
assert.strictEqual(punycode.toASCII('xn--ls8h.la'), 'xn--ls8h.la');
assert.strictEqual(punycode.toUnicode('\u00FC.com'), '\u00FC.com');
assert.strictEqual(punycode.toUnicode('example.com'), 'example.com');

// Case is kept, and only a lower-case "xn--" prefix marks an encoded label.
assert.strictEqual(punycode.toASCII('MA\u00D1ANA.COM'), 'xn--MAANA-7na.COM');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.strictEqual(punycode.toUnicode('xn--MAANA-PTA.com'), 'ma\u00F1ana.com');
assert.strictEqual(punycode.toUnicode('xn--'), '');

// The ideographic and full-width dots separate labels too, and come out as '.'.
assert.strictEqual(punycode.toASCII('a\u3002\u00FC\uFF0Eb\uFF61c'), 'a.xn--tda.b.c');
assert.strictEqual(punycode.toUnicode('xn--tda\u3002b'), '\u00FC.b');

// Only the text between the first '@' and the next one is a domain.
assert.strictEqual(punycode.toASCII('a@b@\u00FC'), 'a@b');
assert.strictEqual(punycode.toUnicode('@xn--tda'), '@\u00FC');

// Bad labels in toUnicode throw decode's errors.
assert.throws(() => punycode.toUnicode('xn--!.com'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.toUnicode('ok.xn--\u00FC-a'), {
  name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)',
});
