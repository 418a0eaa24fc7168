'use strict';
// TextEncoder: encode, encodeInto, the encoding, receivers and inspection.
require('../common');
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.TextEncoder, TextEncoder);
const encoder = new TextEncoder();
assert.strictEqual(encoder.encoding, 'utf-8');

const encoded = encoder.encode('h\u00e9llo');
assert.ok(encoded instanceof Uint8Array);
assert.ok(!Buffer.isBuffer(encoded));
assert.deepStrictEqual([...encoded], [104, 195, 169, 108, 108, 111]);
assert.deepStrictEqual(encoder.encode(), new Uint8Array(0));
assert.deepStrictEqual(encoder.encode(undefined), new Uint8Array(0));
assert.deepStrictEqual([...encoder.encode(null)], [110, 117, 108, 108]);
assert.deepStrictEqual([...encoder.encode(5)], [53]);
assert.strictEqual(encoder.encode({}).length, 15);
assert.deepStrictEqual([...encoder.encode('\ud800a')], [0xef, 0xbf, 0xbd, 0x61]);
assert.deepStrictEqual([...encoder.encode('\u{1f600}')], [0xf0, 0x9f, 0x98, 0x80]);
assert.throws(() => encoder.encode(Symbol('s')), { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });
const long = 'x\u00e9'.repeat(100000);
assert.strictEqual(encoder.encode(long).length, 300000);

// encodeInto writes whole characters only; read counts UTF-16 units.
function into(text, size) {
  const dest = new Uint8Array(size);
  const result = encoder.encodeInto(text, dest);
  return [result, [...dest]];
}
assert.deepStrictEqual(into('a\u00e9\ud83d\ude00', 5), [{ read: 2, written: 3 }, [97, 195, 169, 0, 0]]);
assert.deepStrictEqual(into('a\u00e9\ud83d\ude00', 7), [{ read: 4, written: 7 }, [97, 195, 169, 240, 159, 152, 128]]);
assert.deepStrictEqual(into('\u00e9\u00e9', 2), [{ read: 1, written: 2 }, [195, 169]]);
assert.deepStrictEqual(into('\ud800', 5), [{ read: 1, written: 3 }, [239, 191, 189, 0, 0]]);
assert.deepStrictEqual(into('abc', 0), [{ read: 0, written: 0 }, []]);
assert.deepStrictEqual(into('', 2), [{ read: 0, written: 0 }, [0, 0]]);
assert.deepStrictEqual(encoder.encodeInto('ab', Buffer.alloc(1)), { read: 1, written: 1 });
const offsetView = new Uint8Array(8).subarray(3, 5);
assert.deepStrictEqual(encoder.encodeInto('xyz', offsetView), { read: 2, written: 2 });
assert.deepStrictEqual([...new Uint8Array(offsetView.buffer)], [0, 0, 0, 120, 121, 0, 0, 0]);
for (const [dest, shown] of [[new Uint16Array(2), 'an instance of Uint16Array'], [[], 'an instance of Array'],
                             [undefined, 'undefined']]) {
  assert.throws(() => encoder.encodeInto('a', dest), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "dest" argument must be an instance of Uint8Array. Received ${shown}`,
  });
}
for (const [src, shown] of [[undefined, 'undefined'], [5, 'type number (5)']]) {
  assert.throws(() => encoder.encodeInto(src, new Uint8Array(2)), {
    code: 'ERR_INVALID_ARG_TYPE', message: `The "src" argument must be of type string. Received ${shown}`,
  });
}

// Receivers and shape.
assert.throws(() => TextEncoder(), TypeError);
assert.throws(() => TextEncoder.prototype.encode.call({}, 'a'), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextEncoder',
});
assert.throws(() => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}), {
  code: 'ERR_INVALID_THIS',
});
assert.strictEqual(Object.prototype.toString.call(encoder), '[object TextEncoder]');
assert.deepStrictEqual(Object.keys(TextEncoder.prototype), ['encoding', 'encode', 'encodeInto']);
assert.strictEqual(util.inspect(encoder), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect({ a: { b: { c: encoder } } }), '{ a: { b: { c: [TextEncoder] } } }');

// Every length around the short-text path, with one-, two- and three-byte characters and
// surrogate pairs, encodes as Buffer.from does.
for (const unit of ['a', '\u00e9', '\u20ac', '\u{1f600}', 'a\u00e9\u20ac']) {
  for (let count = 0; count <= 70; count++) {
    const text = unit.repeat(count);
    assert.deepStrictEqual(Buffer.from(encoder.encode(text)), Buffer.from(text), `${unit} x ${count}`);
  }
}
