'use strict';
// punycode.encode() and decode(): RFC 3492's sample strings (section 7.1) both ways, case
// kept, round trips, and the UCS-2 helpers.
require('../common');
const assert = require('assert');
const punycode = require('punycode');

const samples = [
  // (A) Arabic (Egyptian)
  ['\u0644\u064A\u0647\u0645\u0627\u0628\u062A\u0643\u0644\u0645\u0648\u0634\u0639\u0631\u0628\u064A\u061F',
   'egbpdaj6bu4bxfgehfvwxn'],
  // (B) Chinese (simplified)
  ['\u4ED6\u4EEC\u4E3A\u4EC0\u4E48\u4E0D\u8BF4\u4E2D\u6587', 'ihqwcrb4cv8a8dqg056pqjye'],
  // (C) Chinese (traditional)
  ['\u4ED6\u5011\u7232\u4EC0\u9EBD\u4E0D\u8AAA\u4E2D\u6587', 'ihqwctvzc91f659drss3x8bo0yb'],
  // (D) Czech
  ['Pro\u010Dprost\u011Bnemluv\u00ED\u010Desky', 'Proprostnemluvesky-uyb24dma41a'],
  // (G) Japanese
  ['\u306A\u305C\u307F\u3093\u306A\u65E5\u672C\u8A9E\u3092\u8A71\u3057\u3066\u304F\u308C\u306A\u3044\u306E\u304B',
   'n8jok5ay5dzabd5bym9f0cm5685rrjetr6pdxa'],
  // (I) Russian (Cyrillic)
  ['\u043F\u043E\u0447\u0435\u043C\u0443\u0436\u0435\u043E\u043D\u0438\u043D\u0435\u0433\u043E\u0432\u043E' +
   '\u0440\u044F\u0442\u043F\u043E\u0440\u0443\u0441\u0441\u043A\u0438', 'b1abfaaepdrnnbgefbadotcwatmq2g4l'],
  // (J) Spanish
  ['Porqu\u00E9nopuedensimplementehablarenEspa\u00F1ol', 'PorqunopuedensimplementehablarenEspaol-fmd56a'],
  // (K) Vietnamese
  ['T\u1EA1isaoh\u1ECDkh\u00F4ngth\u1EC3ch\u1EC9n\u00F3iti\u1EBFngVi\u1EC7t', 'TisaohkhngthchnitingVit-kjcr8268qyxafd2f1b9g'],
  // (L) to (S): mixed scripts, digits, hyphens and punctuation
  ['3\u5E74B\u7D44\u91D1\u516B\u5148\u751F', '3B-ww4c5e180e575a65lsy2b'],
  ['\u5B89\u5BA4\u5948\u7F8E\u6075-with-SUPER-MONKEYS', '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n'],
  ['Hello-Another-Way-\u305D\u308C\u305E\u308C\u306E\u5834\u6240', 'Hello-Another-Way--fc4qua05auwb3674vfr0b'],
  ['\u3072\u3068\u3064\u5C4B\u6839\u306E\u4E0B2', '2-u9tlzr9756bt3uc0v'],
  ['Maji\u3067Koi\u3059\u308B5\u79D2\u524D', 'MajiKoi5-783gue6qz075azm5e'],
  ['\u30D1\u30D5\u30A3\u30FCde\u30EB\u30F3\u30D0', 'de-jg4avhby1noc0d'],
  ['\u305D\u306E\u30B9\u30D4\u30FC\u30C9\u3067', 'd9juau41awczczp'],
  ['-> $1.00 <-', '-> $1.00 <--'],
  // And a few more.
  ['ma\u00F1ana', 'maana-pta'],
  ['b\u00FCcher', 'bcher-kva'],
  ['\u{1F600}', 'e28h'],
  ['\u{10FFFF}'.repeat(3), 'dn32gaa'],
  ['abc', 'abc-'],
  ['', ''],
];
for (const [decoded, encoded] of samples) {
  assert.strictEqual(punycode.encode(decoded), encoded, `encode ${JSON.stringify(decoded)}`);
  assert.strictEqual(punycode.decode(encoded), decoded, `decode ${encoded}`);
}

// Upper-case digits decode like lower-case ones; basic code points keep their case.
assert.strictEqual(punycode.decode('BCHER-KVA'), 'B\u00FCCHER');
assert.strictEqual(punycode.encode('B\u00FCcher'), 'Bcher-kva');
assert.strictEqual(punycode.decode('ABC-'), 'ABC');
// Only the last hyphen separates the basic code points.
assert.strictEqual(punycode.decode('--'), '-');
assert.strictEqual(punycode.decode('a-'), 'a');
assert.strictEqual(punycode.decode('a-b-'), 'a-b');
// Lone surrogates are code points like any other.
assert.strictEqual(punycode.encode('\uD800'), 'ib9b');
assert.strictEqual(punycode.decode('ib9b'), '\uD800');
assert.strictEqual(punycode.encode('a\uDC00b'), 'ab-rv1l');

// Round trips over every plane.
for (const codePoint of [0x80, 0xFF, 0x100, 0x7FF, 0x800, 0xD7FF, 0xE000, 0xFFFF, 0x10000, 0x1F4A9, 0x10FFFF]) {
  const text = `x${String.fromCodePoint(codePoint)}y${String.fromCodePoint(codePoint)}`;
  assert.strictEqual(punycode.decode(punycode.encode(text)), text, codePoint.toString(16));
}

// UCS-2 helpers: surrogate pairs become one code point, lone surrogates stay.
assert.deepStrictEqual(punycode.ucs2.decode('a\u{1F600}\uD800\uDC00x\uD800'), [97, 0x1F600, 0x10000, 120, 0xD800]);
assert.deepStrictEqual(punycode.ucs2.decode('\uDC00\uD800'), [0xDC00, 0xD800]);
assert.deepStrictEqual(punycode.ucs2.decode(''), []);
assert.strictEqual(punycode.ucs2.encode([97, 0x1F600, 0xD800]), 'a\u{1F600}\uD800');
assert.strictEqual(punycode.ucs2.encode([]), '');
assert.throws(() => punycode.ucs2.encode([0x110000]), { name: 'RangeError', message: 'Invalid code point 1114112' });
assert.throws(() => punycode.ucs2.encode([-1]), { name: 'RangeError', message: 'Invalid code point -1' });
assert.throws(() => punycode.ucs2.encode([1.5]), { name: 'RangeError', message: 'Invalid code point 1.5' });

// Shape of the module.
assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');
assert.deepStrictEqual(Object.keys(punycode.ucs2), ['decode', 'encode']);
assert.strictEqual(require('node:punycode'), punycode);
