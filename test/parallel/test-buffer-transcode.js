'use strict';
// buffer.transcode between utf8, ucs2, latin1 and ascii, and its errors.
require('../common');
const assert = require('assert');
const { transcode } = require('buffer');

const sources = {
  utf8: Buffer.from('a\u00e9\u20ac\ud83d\ude00'),
  ucs2: Buffer.from('a\u00e9\u20ac\ud83d\ude00', 'ucs2'),
  latin1: Buffer.from([0x61, 0xe9, 0x80]),
  ascii: Buffer.from([0x61, 0xe9, 0x7f]),
};
const expected = {
  'utf8->utf8': '61c3a9e282acf09f9880', 'utf8->ucs2': '6100e900ac203dd800de', 'utf8->latin1': '61e93f3f',
  'utf8->ascii': '613f3f3f', 'ucs2->utf8': '61c3a9e282acf09f9880', 'ucs2->ucs2': '6100e900ac203dd800de',
  'ucs2->latin1': '61e93f3f', 'ucs2->ascii': '613f3f3f', 'latin1->utf8': '61c3a9c280', 'latin1->ucs2': '6100e9008000',
  'latin1->latin1': '61e980', 'latin1->ascii': '613f3f', 'ascii->utf8': '61efbfbd7f', 'ascii->ucs2': '6100e9007f00',
  'ascii->latin1': '613f7f', 'ascii->ascii': '613f7f',
};
for (const from of Object.keys(sources)) {
  for (const to of Object.keys(sources)) {
    const result = transcode(sources[from], from, to);
    assert.ok(Buffer.isBuffer(result));
    assert.strictEqual(result.toString('hex'), expected[`${from}->${to}`], `${from}->${to}`);
  }
}

// Names in any spelling; undefined and null mean utf8; the result is always a new buffer.
assert.strictEqual(transcode(Buffer.from('a'), 'binary', 'UTF-8').toString('hex'), '61');
assert.strictEqual(transcode(Buffer.from('a'), 'utf8', 'UCS-2').toString('hex'), '6100');
assert.strictEqual(transcode(Buffer.from('a'), 'utf8', 'utf16le').toString('hex'), '6100');
assert.strictEqual(transcode(Buffer.from('a'), undefined, 'ucs2').toString('hex'), '6100');
assert.strictEqual(transcode(Buffer.from('abc'), null, 'utf8').toString(), 'abc');
assert.strictEqual(transcode(new Uint8Array([0x61]), 'utf8', 'ucs2').toString('hex'), '6100');
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'ucs2').length, 0);
assert.strictEqual(transcode(Buffer.from([0x61, 0x00, 0x62]), 'ucs2', 'utf8').toString('hex'), '61');
const same = Buffer.from('a');
const copied = transcode(same, 'utf8', 'utf8');
assert.notStrictEqual(copied.buffer, same.buffer);

function transcodeError(code) {
  return (error) => {
    assert.strictEqual(error.name, 'Error');
    assert.strictEqual(error.code, code);
    assert.strictEqual(error.message, `Unable to transcode Buffer [${code}]`);
    return true;
  };
}
assert.throws(() => transcode(Buffer.from([0x61, 0xff, 0xc3]), 'utf8', 'ucs2'), transcodeError('U_INVALID_CHAR_FOUND'));
assert.throws(() => transcode(Buffer.from([0x00, 0xd8, 0x61, 0x00]), 'ucs2', 'utf8'), transcodeError('U_INVALID_CHAR_FOUND'));
for (const [from, to] of [['utf8', 'hex'], ['base64', 'utf8'], ['bad', 'utf8'], ['utf8', 'bad'], [5, 'utf8']]) {
  assert.throws(() => transcode(Buffer.from('a'), from, to), transcodeError('U_ILLEGAL_ARGUMENT_ERROR'));
}
for (const [value, shown] of [['a', "type string ('a')"], [new Uint16Array([0x61]), 'an instance of Uint16Array']]) {
  assert.throws(() => transcode(value, 'utf8', 'ucs2'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "source" argument must be an instance of Buffer or Uint8Array. Received ${shown}`,
  });
}
