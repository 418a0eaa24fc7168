'use strict';
// Buffer.compare, buf.compare (with ranges) and buf.equals.
require('../common');
const assert = require('assert');

const a = Buffer.from('abcd');
const c = Buffer.from('abce');
assert.strictEqual(Buffer.compare(a, c), -1);
assert.strictEqual(Buffer.compare(c, a), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abcd')), 0);
assert.strictEqual(Buffer.compare(a, a), 0);
assert.strictEqual(Buffer.compare(new Uint8Array([1]), new Uint8Array([1, 0])), -1);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), 0);
assert.strictEqual(Buffer.compare(Buffer.from([0xff]), Buffer.from([0x00, 0xff])), 1);
assert.deepStrictEqual([c, a, Buffer.from('ab')].sort(Buffer.compare), [Buffer.from('ab'), a, c]);
assert.throws(() => Buffer.compare(a, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
assert.throws(() => Buffer.compare(1, a), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received type number (1)',
});

// Ranges: target [targetStart, targetEnd) against source [sourceStart, sourceEnd).
assert.strictEqual(a.compare(c), -1);
assert.strictEqual(a.compare(c, 1, 3, 1, 3), 0);
assert.strictEqual(a.compare(c, 0, 4, 3, 1), -1);
assert.strictEqual(a.compare(c, 3, 1), 1);
assert.strictEqual(a.compare(c, 5), 1);
assert.strictEqual(a.compare(c, 0, 0), 1);
assert.strictEqual(a.compare(c, 0, 4, 0, 0), -1);
assert.strictEqual(a.compare(c, 2, 2, 3, 3), 0);
assert.strictEqual(a.compare(c, undefined, undefined, 4), -1);
assert.strictEqual(a.compare(c, 3, 4, 3, 4), -1);
assert.strictEqual(Buffer.from('xbc').compare(Buffer.from('abc'), 1, 3, 1, 3), 0);
const range = (name, max, received) =>
  `The value of "${name}" is out of range. It must be >= 0 && <= ${max}. Received ${received}`;
assert.throws(() => a.compare(c, -1), { code: 'ERR_OUT_OF_RANGE', message: range('targetStart', 4294967296, -1) });
assert.throws(() => a.compare(c, 0, 5), { code: 'ERR_OUT_OF_RANGE', message: range('targetEnd', 4, 5) });
assert.throws(() => a.compare(c, 0, 4, -1), { code: 'ERR_OUT_OF_RANGE', message: range('sourceStart', 4294967296, -1) });
assert.throws(() => a.compare(c, 0, 4, 0, 5), { code: 'ERR_OUT_OF_RANGE', message: range('sourceEnd', 4, 5) });
assert.throws(() => a.compare(c, 1.5), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetStart" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => a.compare(c, '1'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "targetStart" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => a.compare(c, null), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "targetStart" argument must be of type number. Received null',
});
assert.throws(() => a.compare('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});
assert.throws(() => a.compare(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received undefined',
});

// equals.
assert.strictEqual(a.equals(c), false);
assert.strictEqual(a.equals(Buffer.from('abcd')), true);
assert.strictEqual(a.equals(a), true);
assert.strictEqual(a.equals(new Uint8Array([97, 98, 99, 100])), true);
assert.strictEqual(a.equals(Buffer.from('abc')), false);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
for (const [value, shown] of [['abcd', "type string ('abcd')"], [new Uint16Array(2), 'an instance of Uint16Array'],
                              [undefined, 'undefined']]) {
  assert.throws(() => a.equals(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: `The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received ${shown}`,
  });
}
