'use strict';
// Byte mode: strings become Buffers, read(n) carves the queue into n-byte pieces, and
// typed arrays are accepted.
require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  const r = new Readable({ read() {} });
  r.push('hello');
  r.push(Buffer.from(' '));
  r.push(new Uint8Array([0x77, 0x6f]));
  r.push(new Uint16Array([0x6c72]));
  r.push(new DataView(new Uint8Array([0x64]).buffer));
  assert.strictEqual(r.readableLength, 11);
  const first = r.read(3);
  assert.ok(Buffer.isBuffer(first));
  assert.strictEqual(first.toString(), 'hel');
  // Across chunk boundaries.
  assert.strictEqual(r.read(4).toString(), 'lo w');
  assert.strictEqual(r.readableLength, 4);
  // More than queued (not ended): nothing yet, and the mark grows to fit.
  assert.strictEqual(r.read(5), null);
  assert.strictEqual(r.readableHighWaterMark, 16384);
  assert.strictEqual(r.read(20000), null);
  assert.strictEqual(r.readableHighWaterMark, 32768);
  r.push(null);
  // After the end, what is left.
  assert.strictEqual(r.read(5).toString(), 'orld');
  assert.strictEqual(r.read(), null);
}

{
  // Strings in another encoding, and empty chunks.
  const r = new Readable({ read() {} });
  r.push('68656c6c6f', 'hex');
  r.push('');
  r.push(Buffer.alloc(0));
  r.push('d29ybGQ=', 'base64');
  assert.strictEqual(r.read().toString(), 'helloworld');
}

{
  // defaultEncoding applies to pushed strings.
  const r = new Readable({ read() {}, defaultEncoding: 'hex' });
  r.push('6869');
  assert.strictEqual(r.read().toString(), 'hi');
}

{
  // read() with no size in flowing mode hands out one chunk at a time.
  const r = new Readable({ read() {} });
  const chunks = [];
  r.push('ab');
  r.push('cd');
  r.push(null);
  r.on('data', (chunk) => chunks.push(chunk.toString()));
  r.on('end', () => assert.deepStrictEqual(chunks, ['ab', 'cd']));
}

{
  // unshift() of bytes and strings.
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift(Buffer.from(' '));
  r.unshift('hello');
  assert.strictEqual(r.read(11).toString(), 'hello world');
}

{
  // read(n) above 1 GiB is refused.
  const r = new Readable({ read() {} });
  assert.throws(() => r.read(2 ** 30 + 1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "size" is out of range. It must be <= 1GiB. Received 1073741825',
  });
}

{
  // Readable._fromList is the queue's splitter.
  assert.strictEqual(typeof Readable._fromList, 'function');
}
