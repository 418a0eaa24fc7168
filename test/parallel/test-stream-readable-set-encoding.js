'use strict';
// setEncoding() and the encoding option: chunks become strings, multi-byte characters split
// across chunks are joined, and what was queued before is converted.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  assert.strictEqual(r.setEncoding('utf8'), r);
  assert.strictEqual(r.readableEncoding, 'utf8');
  // The queued partial character waits in the decoder.
  assert.strictEqual(r.readableLength, 0);
  r.push(euro.subarray(1));
  r.push('!');
  assert.strictEqual(r.read(), '€!');
}

{
  const r = new Readable({ read() {}, encoding: 'hex' });
  assert.strictEqual(r.readableEncoding, 'hex');
  r.push(Buffer.from([1, 2, 255]));
  assert.strictEqual(r.readableLength, 6);
  assert.strictEqual(r.read(2), '01');
  assert.strictEqual(r.read(), '02ff');
}

{
  // Encoding names are normalized by setEncoding.
  const r = new Readable({ read() {} });
  r.setEncoding('UTF-8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  r.setEncoding('Base64');
  assert.strictEqual(r.readableEncoding, 'base64');
  assert.throws(() => r.setEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING' });
}

{
  // A dangling partial character is flushed at the end.
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push(Buffer.from([0xe2, 0x82]));
  r.push(null);
  const chunks = [];
  r.on('data', (chunk) => chunks.push(chunk));
  r.on('end', () => assert.deepStrictEqual(chunks, ['\ufffd']));
}

{
  // Strings pushed in the stream's encoding are queued as they are; unshift() converts.
  const r = new Readable({ read() {}, encoding: 'base64' });
  r.push('YWJj', 'base64');
  r.unshift('z');
  assert.deepStrictEqual(r.readableBuffer, ['eg==', 'YWJj']);
  assert.strictEqual(r.readableLength, 8);
}

{
  // Object mode with an encoding decodes each Buffer chunk.
  const r = new Readable({ read() {}, objectMode: true, encoding: 'utf16le' });
  r.push(Buffer.from('ab', 'utf16le'));
  assert.strictEqual(r.read(), 'ab');
  // Anything else goes to the decoder too, which refuses it (a throw from push()).
  assert.throws(() => r.push(7), { code: 'ERR_INVALID_ARG_TYPE' });
}
