'use strict';
// Garbage into v8's serializer and deserializer: wrong argument types, unsupported values,
// bad versions, truncated and corrupted data. Each must throw node's error, never crash.
require('../common');
const assert = require('assert');
const v8 = require('v8');

function detachedView() {
  const view = new Uint8Array(8);
  structuredClone(view.buffer, { transfer: [view.buffer] });
  return view;
}

const notViews = [undefined, null, 1, 'ff0f4902', {}, [0xff, 0x0f, 0x49, 0x02], new ArrayBuffer(4),
                  new SharedArrayBuffer(4), Symbol('s'), () => {}];

// Argument types -------------------------------------------------------------------------------
for (const value of notViews) {
  const error = { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'buffer must be a TypedArray or a DataView' };
  assert.throws(() => new v8.Deserializer(value), error);
  assert.throws(() => v8.deserialize(value), error);
  assert.throws(() => new v8.Serializer().writeRawBytes(value), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'source must be a TypedArray or a DataView',
  });
}
for (const value of [undefined, 1, {}, new Uint8Array(1), new SharedArrayBuffer(1)]) {
  assert.throws(() => new v8.Serializer().transferArrayBuffer(0, value), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'arrayBuffer must be an ArrayBuffer',
  });
}
for (const value of [undefined, 1, {}, new Uint8Array(1)]) {
  assert.throws(() => new v8.Deserializer(Buffer.alloc(1)).transferArrayBuffer(0, value), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'arrayBuffer must be an ArrayBuffer or SharedArrayBuffer',
  });
}
// Numbers are converted the JS way; what cannot be converted throws.
{
  const serializer = new v8.Serializer();
  for (const method of ['writeUint32', 'writeDouble']) {
    assert.throws(() => serializer[method](Symbol('s')), TypeError);
    assert.throws(() => serializer[method]({ valueOf() { throw new RangeError('valueOf'); } }), RangeError);
    serializer[method]();
    serializer[method]('12');
    serializer[method]({});
  }
  assert.throws(() => serializer.writeUint64(1, Symbol('s')), TypeError);
  assert.throws(() => serializer.transferArrayBuffer(Symbol('s'), new ArrayBuffer(1)), TypeError);
  serializer.writeUint64();
  serializer._setTreatArrayBufferViewsAsHostObjects(Symbol('truthy'));
}

// A detached view reads as no bytes at all.
assert.throws(() => v8.deserialize(detachedView()), {
  name: 'Error', message: 'Unable to deserialize cloned data due to invalid or unsupported version.',
});
new v8.Serializer().writeRawBytes(detachedView());

// Values that cannot be serialized ----------------------------------------------------------
const uncloneable = [
  [() => {}, '() => {} could not be cloned.'],
  [Symbol('s'), 'Symbol(s) could not be cloned.'],
  [{ f: function named() {} }, 'function named() {} could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
  [new WeakSet(), '#<WeakSet> could not be cloned.'],
  [Promise.resolve(), '#<Promise> could not be cloned.'],
  [new Proxy({}, {}), '#<Object> could not be cloned.'],
  [new SharedArrayBuffer(1), '#<SharedArrayBuffer> could not be cloned.'],
];
for (const [value, message] of uncloneable) {
  assert.throws(() => v8.serialize(value), { name: 'Error', message });
}
assert.throws(() => v8.serialize({ get boom() { throw new RangeError('getter'); } }),
              { name: 'RangeError', message: 'getter' });
{
  let nested = {};
  for (let i = 0; i < 1e5; i++) nested = [nested];
  assert.throws(() => v8.serialize(nested), RangeError);
}

// Headers -------------------------------------------------------------------------------------
const badVersion = { name: 'Error', message: 'Unable to deserialize cloned data due to invalid or unsupported version.' };
for (const hex of ['', 'ff', '4902', 'ff004902', 'ff0c4902', 'ff104902', 'ffffffffff0f4902']) {
  assert.throws(() => v8.deserialize(Buffer.from(hex, 'hex')), badVersion, hex);
}
// Without readHeader(), data that has no header still reads (and data that has one does not).
assert.strictEqual(new v8.Deserializer(Buffer.from('4902', 'hex')).readValue(), 1);
assert.throws(() => new v8.Deserializer(Buffer.from('ff0f4902', 'hex')).readValue(),
              { message: 'Unable to deserialize cloned data.' });

// Truncated and corrupted data ---------------------------------------------------------------
const sample = v8.serialize({
  number: 1.5, integer: -3, string: 'text', twoByte: 'h\u00e9\u4e16', big: 123456789012345678901234567890n,
  list: [1, , 3], date: new Date(0), regexp: /x/g, map: new Map([[1, { a: 1 }]]), set: new Set(['s']),
  buffer: Buffer.from('bytes'), doubles: new Float64Array([1, 2]), view: new DataView(new ArrayBuffer(4)),
  memory: new ArrayBuffer(3), boxed: Object('s'), error: new TypeError('e'),
});
for (let length = 0; length < sample.length; length++) {
  assert.throws(() => v8.deserialize(sample.subarray(0, length)), Error, `prefix of ${length} bytes`);
}

// Deterministic corruption: one to three bytes changed at a time. Whatever comes out, or
// whatever is thrown, the process survives; errors are Error instances.
let seed = 1;
function random(limit) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % limit;
}
for (let round = 0; round < 3000; round++) {
  const corrupted = Buffer.from(sample);
  for (let changes = 1 + random(3); changes > 0; changes--) {
    corrupted[2 + random(corrupted.length - 2)] = random(256);
  }
  try {
    v8.deserialize(corrupted);
  } catch (error) {
    assert.ok(error instanceof Error, `round ${round}: ${error}`);
  }
}

// Typed-array host objects with nonsense inside.
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c', 'hex')), { name: 'Error', message: 'ReadUint32() failed' });
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c01', 'hex')), { name: 'Error', message: 'ReadUint32() failed' });
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c010500', 'hex')), { name: 'Error', message: 'ReadRawBytes() failed' });
assert.throws(() => v8.deserialize(Buffer.from('ff0f5c630100', 'hex')), TypeError);  // no such kind
assert.deepStrictEqual(v8.deserialize(Buffer.from('ff0f5c0403010203', 'hex')), new Uint16Array([0x0201]));

// Reading past the end -------------------------------------------------------------------------
{
  // 0x85 starts a varint that never ends.
  const unfinished = () => new v8.Deserializer(Buffer.from([0x85]));
  assert.throws(() => unfinished().readUint32(), { name: 'Error', message: 'ReadUint32() failed' });
  assert.throws(() => unfinished().readUint64(), { name: 'Error', message: 'ReadUint64() failed' });
  assert.throws(() => unfinished().readDouble(), { name: 'Error', message: 'ReadDouble() failed' });

  const deserializer = new v8.Deserializer(Buffer.from([0x05]));
  assert.throws(() => deserializer._readRawBytes(-1), { name: 'Error', message: 'ReadRawBytes() failed' });
  assert.throws(() => deserializer._readRawBytes(2 ** 53), { name: 'Error', message: 'ReadRawBytes() failed' });
  assert.throws(() => deserializer.readRawBytes(2), { name: 'Error', message: 'ReadRawBytes() failed' });
  assert.throws(() => deserializer._readRawBytes(Symbol('s')), TypeError);
  assert.strictEqual(deserializer.readUint32(), 5);
  assert.throws(() => deserializer.readUint32(), { name: 'Error', message: 'ReadUint32() failed' });
  assert.throws(() => deserializer.readDouble(), { name: 'Error', message: 'ReadDouble() failed' });
  assert.throws(() => deserializer.readValue(), { name: 'Error', message: 'Unable to deserialize cloned data.' });
  assert.strictEqual(deserializer._readRawBytes(0), 1);
}

// Any view works as input, at any offset.
{
  const bytes = v8.serialize({ a: [1, 2] });
  const padded = new Uint8Array(bytes.length + 3);
  padded.set(bytes, 3);
  assert.deepStrictEqual(v8.deserialize(new DataView(padded.buffer, 3)), { a: [1, 2] });
  assert.deepStrictEqual(v8.deserialize(padded.subarray(3)), { a: [1, 2] });
  const even = new Uint8Array(bytes.length + (bytes.length % 2));
  even.set(bytes);
  assert.deepStrictEqual(v8.deserialize(new Uint16Array(even.buffer)), { a: [1, 2] });
}

// The input may change, or be detached, while it is read: no crash, at most an Error.
{
  const bytes = v8.serialize([{ tag: 1 }, 'tail']);
  const deserializer = new v8.Deserializer(bytes);
  deserializer.readHeader();
  bytes.fill(0);
  try {
    deserializer.readValue();
  } catch (error) {
    assert.ok(error instanceof Error);
  }

  const input = new Uint8Array(v8.serialize([1, 2, 3]));
  const early = new v8.Deserializer(input);
  early.readHeader();
  structuredClone(input.buffer, { transfer: [input.buffer] });
  try {
    early.readValue();
  } catch (error) {
    assert.ok(error instanceof Error);
  }
}
