'use strict';
// Each encoding both ways: utf8 replacement of invalid bytes, lenient base64, hex that stops
// at a bad pair, ascii's seven bits, latin1, ucs2 with lone surrogates.
require('../common');
const assert = require('assert');

const hex = (buffer) => buffer.toString('hex');

// utf8: lone surrogates are written as U+FFFD; invalid input decodes one U+FFFD per
// maximal invalid subpart.
assert.strictEqual(hex(Buffer.from('\ud800')), 'efbfbd');
assert.strictEqual(hex(Buffer.from('\ude00\ud83d')), 'efbfbdefbfbd');
assert.strictEqual(hex(Buffer.from('\ud83d\ude00')), 'f09f9880');
const utf8Cases = [
  ['ff', '\ufffd'], ['c0af', '\ufffd\ufffd'], ['e282', '\ufffd'], ['e28241', '\ufffdA'], ['f09f98', '\ufffd'],
  ['eda080', '\ufffd\ufffd\ufffd'], ['f4908080', '\ufffd\ufffd\ufffd\ufffd'], ['80bf', '\ufffd\ufffd'],
  ['c3', '\ufffd'], ['e0a0', '\ufffd'], ['e080', '\ufffd\ufffd'], ['f880808080', '\ufffd\ufffd\ufffd\ufffd\ufffd'],
  ['61c3a962', 'a\u00e9b'], ['efbbbf61', '\ufeffa'], ['00', '\u0000'],
];
for (const [bytes, text] of utf8Cases) {
  assert.strictEqual(Buffer.from(bytes, 'hex').toString(), text, bytes);
  assert.strictEqual(Buffer.from(bytes, 'hex').toString('utf-8'), text, bytes);
}

// ascii: decoding keeps seven bits; encoding keeps the low byte like latin1.
assert.deepStrictEqual([...Buffer.from([0xff, 0x80, 0x41, 0x7f, 0xc3]).toString('ascii')].map((c) => c.charCodeAt(0)),
                       [0x7f, 0x00, 0x41, 0x7f, 0x43]);
assert.strictEqual(hex(Buffer.from('h\u00e9llo\u0100\uffff', 'ascii')), '68e96c6c6f00ff');
// latin1: one byte per unit, both ways.
assert.strictEqual(Buffer.from([0xff, 0x80, 0x41]).toString('latin1'), '\u00ff\u0080A');
assert.strictEqual(hex(Buffer.from('h\u00e9llo\u0100', 'latin1')), '68e96c6c6f00');

// ucs2: units as they are, lone surrogates included; an odd last byte is ignored.
assert.strictEqual(hex(Buffer.from('\u00e9\u0100\ud83d', 'ucs2')), 'e90000013dd8');
assert.strictEqual(Buffer.from([0x3d, 0xd8, 0x61]).toString('ucs2'), '\ud83d');
assert.strictEqual(Buffer.from([0x61]).toString('utf16le'), '');
// An unaligned view decodes the same.
const unaligned = Buffer.from([0, 0x61, 0, 0x62, 0]).subarray(1);
assert.strictEqual(unaligned.toString('ucs2'), 'ab');
const unalignedTarget = Buffer.alloc(5).subarray(1);
unalignedTarget.write('xy', 'ucs2');
assert.strictEqual(hex(unalignedTarget), '78007900');

// hex: pairs of digits in any case, up to the first pair that is not.
const hexCases = [
  ['abzz', 'ab'], ['abc', 'ab'], ['a', ''], ['zzab', ''], ['AbCd', 'abcd'], ['0g', ''], ['', ''],
  ['ab cd', 'ab'], ['\u0161\u0162', 'ab'], ['a\u0162', 'ab'], ['6\u0100', ''],
];
for (const [text, bytes] of hexCases) assert.strictEqual(hex(Buffer.from(text, 'hex')), bytes, text);

// base64: both alphabets, anything else skipped, '=' ends the data, partial bits dropped.
const base64Cases = [
  ['YWJj', '616263'], ['YW Jj\nZA==', '61626364'], ['YW-_', '616fbf'], ['YQ=YQ', '61'], ['YQ==YQ', '61'],
  ['YWJj=ZGVm', '616263'], ['YW=Jj', '61'], ['=YWJj', ''], ['Y=WJj', ''], ['YWJjZ', '616263'],
  ['YWJjZA', '61626364'], ['YWJjZA=', '61626364'], ['YWJjZA===', '61626364'], ['YWJj ZA = =', '61626364'],
  ['YW\u00ffJj', '616263'], ['YW\u0100Jj', '616263'], ['YW\ud83dJj', '61'], ['!!!!', ''], ['Y', ''], ['YQ', '61'],
  ['YWJj!!ZGVm', '616263646566'], ['YWJ.jZGVm', '616263646566'], ['Y.W.J.j', '616263'],
  ['YW\u0141Jj', '616009'], ['', ''],
];
for (const [text, bytes] of base64Cases) {
  assert.strictEqual(hex(Buffer.from(text, 'base64')), bytes, JSON.stringify(text));
  assert.strictEqual(hex(Buffer.from(text, 'base64url')), bytes, JSON.stringify(text));
}
// Encoding: base64 pads, base64url does not.
for (const [bytes, base64, base64url] of [
  ['', '', ''], ['61', 'YQ==', 'YQ'], ['6162', 'YWI=', 'YWI'], ['616263', 'YWJj', 'YWJj'],
  ['fbff', '+/8=', '-_8'], ['00', 'AA==', 'AA'],
]) {
  assert.strictEqual(Buffer.from(bytes, 'hex').toString('base64'), base64);
  assert.strictEqual(Buffer.from(bytes, 'hex').toString('base64url'), base64url);
}

// All 256 byte values survive every byte-preserving encoding.
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
for (const encoding of ['hex', 'base64', 'base64url', 'latin1', 'binary']) {
  assert.ok(Buffer.from(all.toString(encoding), encoding).equals(all), encoding);
}
assert.ok(Buffer.from(all.toString('ucs2'), 'ucs2').equals(all));
