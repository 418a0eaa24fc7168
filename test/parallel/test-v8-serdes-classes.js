'use strict';
// v8.Serializer and v8.Deserializer: the raw read/write methods, transferred ArrayBuffers,
// host objects through _writeHostObject/_readHostObject, _getDataCloneError, and the shape
// of the classes.
const common = require('../common');
const assert = require('assert');
const v8 = require('v8');

// Shape ---------------------------------------------------------------------------------------
for (const name of ['writeHeader', 'writeValue', 'releaseBuffer', 'transferArrayBuffer', 'writeUint32',
                    'writeUint64', 'writeDouble', 'writeRawBytes', '_setTreatArrayBufferViewsAsHostObjects']) {
  assert.strictEqual(typeof v8.Serializer.prototype[name], 'function', name);
  assert.strictEqual(Object.getOwnPropertyDescriptor(v8.Serializer.prototype, name).enumerable, true, name);
}
for (const name of ['readHeader', 'readValue', 'getWireFormatVersion', 'transferArrayBuffer', 'readUint32',
                    'readUint64', 'readDouble', '_readRawBytes', 'readRawBytes']) {
  assert.strictEqual(typeof v8.Deserializer.prototype[name], 'function', name);
}
assert.strictEqual(v8.Serializer.prototype._getDataCloneError, Error);
assert.strictEqual(v8.Serializer.name, 'Serializer');
assert.strictEqual(v8.Deserializer.name, 'Deserializer');
assert.strictEqual(v8.Serializer.length, 0);
assert.strictEqual(v8.Deserializer.length, 1);
assert.strictEqual(Object.getPrototypeOf(v8.DefaultSerializer), v8.Serializer);
assert.strictEqual(Object.getPrototypeOf(v8.DefaultDeserializer), v8.Deserializer);
assert.deepStrictEqual(Object.getOwnPropertyNames(v8.DefaultSerializer.prototype).sort(),
                       ['_writeHostObject', 'constructor']);
assert.deepStrictEqual(Object.getOwnPropertyNames(v8.DefaultDeserializer.prototype).sort(),
                       ['_readHostObject', 'constructor']);
assert.deepStrictEqual(Object.keys(new v8.Serializer()), []);

// The deserializer keeps its input as an own, enumerable `buffer`.
{
  const input = Buffer.from([0xff, 0x0f, 0x49, 0x02]);
  const deserializer = new v8.Deserializer(input);
  assert.deepStrictEqual(Object.keys(deserializer), ['buffer']);
  assert.strictEqual(deserializer.buffer, input);
}

// Constructors need `new`, and methods their own kind of receiver.
assert.throws(() => v8.Serializer(), {
  name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: "Class constructor Serializer cannot be invoked without 'new'",
});
assert.throws(() => v8.Deserializer(Buffer.alloc(1)), {
  name: 'TypeError', code: 'ERR_CONSTRUCT_CALL_REQUIRED',
  message: "Class constructor Deserializer cannot be invoked without 'new'",
});
assert.throws(() => v8.Serializer.prototype.writeHeader.call({}), { name: 'TypeError', message: 'Illegal invocation' });
assert.throws(() => v8.Serializer.prototype.releaseBuffer.call(new v8.Deserializer(Buffer.alloc(1))),
              { name: 'TypeError', message: 'Illegal invocation' });
assert.throws(() => v8.Deserializer.prototype.readValue.call(Object.create(v8.Deserializer.prototype)),
              { name: 'TypeError', message: 'Illegal invocation' });

// Raw values ----------------------------------------------------------------------------------
{
  const serializer = new v8.Serializer();
  serializer.writeHeader();
  serializer.writeValue({ a: 1 });
  serializer.writeUint32(0xffffffff);
  serializer.writeUint32(-1);  // ToUint32
  serializer.writeUint64(0x12345678, 0x9abcdef0);
  serializer.writeDouble(Math.PI);
  serializer.writeDouble('x');  // ToNumber: NaN
  serializer.writeRawBytes(Buffer.from('raw'));
  serializer.writeRawBytes(new Uint16Array([0x4142]));
  serializer.writeRawBytes(new DataView(new Uint8Array([1, 2, 3]).buffer, 1));
  serializer.writeValue('end');
  const bytes = serializer.releaseBuffer();
  assert.ok(Buffer.isBuffer(bytes));

  const deserializer = new v8.Deserializer(bytes);
  assert.strictEqual(deserializer.getWireFormatVersion(), 0);
  assert.strictEqual(deserializer.readHeader(), true);
  assert.strictEqual(deserializer.getWireFormatVersion(), 15);
  assert.deepStrictEqual(deserializer.readValue(), { a: 1 });
  assert.strictEqual(deserializer.readUint32(), 0xffffffff);
  assert.strictEqual(deserializer.readUint32(), 0xffffffff);
  assert.deepStrictEqual(deserializer.readUint64(), [0x12345678, 0x9abcdef0]);
  assert.strictEqual(deserializer.readDouble(), Math.PI);
  assert.ok(Number.isNaN(deserializer.readDouble()));
  const raw = deserializer.readRawBytes(3);
  assert.ok(Buffer.isBuffer(raw));
  assert.strictEqual(raw.toString(), 'raw');
  // readRawBytes() views the input without copying; _readRawBytes() gives the offset.
  assert.strictEqual(raw.buffer, bytes.buffer);
  const offset = deserializer._readRawBytes(2);
  assert.strictEqual(bytes.readUInt16LE(offset), 0x4142);
  assert.deepStrictEqual([...deserializer.readRawBytes(2)], [2, 3]);
  assert.strictEqual(deserializer.readValue(), 'end');
  assert.throws(() => deserializer.readValue(), { name: 'Error', message: 'Unable to deserialize cloned data.' });
}

// Integers are varints (7 bits a byte), doubles little-endian, as V8 writes them.
{
  const serializer = new v8.Serializer();
  serializer.writeUint32(300);
  serializer.writeUint64(1, 0);
  serializer.writeDouble(1);
  assert.strictEqual(serializer.releaseBuffer().toString('hex'),
                     'ac02' + '8080808010' + '000000000000f03f');
  // Released: the serializer starts over.
  assert.strictEqual(serializer.releaseBuffer().length, 0);
  serializer.writeValue(1);
  assert.strictEqual(serializer.releaseBuffer().toString('hex'), '4902');
}

// Transferred ArrayBuffers are written by id; the reader supplies the memory.
{
  const serializer = new v8.Serializer();
  const memory = new ArrayBuffer(8);
  serializer.writeHeader();
  serializer.transferArrayBuffer(7, memory);
  serializer.writeValue({ view: new Uint8Array(memory, 2, 4), memory });
  const bytes = serializer.releaseBuffer();
  assert.strictEqual(memory.byteLength, 8);  // transferArrayBuffer does not detach

  const replacement = new ArrayBuffer(8);
  const deserializer = new v8.Deserializer(bytes);
  deserializer.readHeader();
  deserializer.transferArrayBuffer(7, replacement);
  const result = deserializer.readValue();
  assert.strictEqual(result.memory, replacement);
  assert.strictEqual(result.view.buffer, replacement);
  assert.strictEqual(result.view.byteOffset, 2);
  assert.strictEqual(result.view.length, 4);

  // Without the buffer, or with one too small for the view, reading fails.
  const missing = new v8.Deserializer(bytes);
  missing.readHeader();
  assert.throws(() => missing.readValue(), { message: 'Unable to deserialize cloned data.' });
  const tooSmall = new v8.Deserializer(bytes);
  tooSmall.readHeader();
  tooSmall.transferArrayBuffer(7, new ArrayBuffer(1));
  assert.throws(() => tooSmall.readValue(), { message: 'Unable to deserialize cloned data.' });

  // A SharedArrayBuffer may stand in for the transferred memory.
  const shared = new SharedArrayBuffer(8);
  const withShared = new v8.Deserializer(bytes);
  withShared.readHeader();
  withShared.transferArrayBuffer(7, shared);
  assert.strictEqual(withShared.readValue().view.buffer, shared);
}

// Host objects ------------------------------------------------------------------------------------

// Objects with internal fields (a Serializer is one) go to _writeHostObject.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
}
{
  class PointSerializer extends v8.Serializer {
    _writeHostObject(host) {
      assert.ok(host instanceof v8.Serializer);
      this.writeUint32(42);
      this.writeValue({ nested: true });
    }
  }
  class PointDeserializer extends v8.Deserializer {
    _readHostObject() {
      assert.strictEqual(this.readUint32(), 42);
      assert.deepStrictEqual(this.readValue(), { nested: true });
      return new Point(1, 2);
    }
  }
  const serializer = new PointSerializer();
  serializer.writeHeader();
  const host = new v8.Serializer();
  serializer.writeValue([host, host, 'after']);
  const deserializer = new PointDeserializer(serializer.releaseBuffer());
  deserializer.readHeader();
  const [first, second, after] = deserializer.readValue();
  assert.ok(first instanceof Point);
  assert.strictEqual(second, first);  // the same host object is written once
  assert.strictEqual(after, 'after');
}

// With views as host objects, a serializer without _writeHostObject cannot write them.
{
  const serializer = new v8.Serializer();
  serializer._setTreatArrayBufferViewsAsHostObjects(true);
  assert.throws(() => serializer.writeValue(new Uint8Array(1)), { name: 'Error', message: /could not be cloned/ });
  serializer._setTreatArrayBufferViewsAsHostObjects(false);
  assert.strictEqual(serializer.writeValue(new Uint8Array(1)), true);
}
assert.throws(() => new v8.Serializer().writeValue(new v8.Serializer()),
              { name: 'Error', message: '#<Serializer> could not be cloned.' });

// What _writeHostObject and _readHostObject throw propagates.
{
  class Throwing extends v8.Serializer {
    _writeHostObject() { throw new RangeError('no host objects'); }
  }
  assert.throws(() => new Throwing().writeValue(new v8.Serializer()), { name: 'RangeError', message: 'no host objects' });

  const hostTag = Buffer.from([0xff, 0x0f, 0x5c]);
  class ThrowingReader extends v8.Deserializer {
    _readHostObject() { throw new RangeError('cannot read'); }
  }
  const reader = new ThrowingReader(hostTag);
  reader.readHeader();
  assert.throws(() => reader.readValue(), { name: 'RangeError', message: 'cannot read' });

  class PrimitiveReader extends v8.Deserializer {
    _readHostObject() { return 5; }
  }
  const primitive = new PrimitiveReader(hostTag);
  primitive.readHeader();
  assert.throws(() => primitive.readValue(), { name: 'TypeError', message: 'readHostObject must return an object' });

  const plain = new v8.Deserializer(hostTag);
  plain.readHeader();
  assert.throws(() => plain.readValue(), { name: 'Error', message: 'Unable to deserialize cloned data.' });
}

// _getDataCloneError builds the error for values V8 cannot clone.
{
  class Custom extends v8.Serializer {
    _getDataCloneError(message) { return new TypeError(`custom: ${message}`); }
  }
  assert.throws(() => new Custom().writeValue(Symbol('s')), { name: 'TypeError', message: 'custom: Symbol(s) could not be cloned.' });
  assert.throws(() => new v8.Serializer().writeValue(() => {}), { name: 'Error', message: '() => {} could not be cloned.' });
}

// DefaultSerializer ---------------------------------------------------------------------------
assert.throws(() => v8.serialize(new v8.Serializer()), {
  name: 'Error', message: 'Unserializable host object: Serializer {}',
});
{
  // DefaultSerializer constructs it with `new`.
  const serializer = new v8.DefaultSerializer();
  serializer._getDataCloneError = SyntaxError;
  assert.throws(() => serializer.writeValue(new v8.Serializer()), {
    name: 'SyntaxError', message: 'Unserializable host object: Serializer {}',
  });
  class Method extends v8.DefaultSerializer {
    _getDataCloneError(message) { return new SyntaxError(message); }
  }
  assert.throws(() => new Method().writeValue(new v8.Serializer()), {
    name: 'TypeError', message: 'this._getDataCloneError is not a constructor',
  });
}

// An unaligned typed array is copied; an aligned one shares the input's memory.
{
  const bytes = v8.serialize([Buffer.from('ab'), new Uint8Array([9])]);
  const [buffer, uint8] = v8.deserialize(bytes);
  assert.ok(Buffer.isBuffer(buffer));
  assert.strictEqual(buffer.buffer, bytes.buffer);
  assert.strictEqual(uint8.constructor, Uint8Array);
  bytes[bytes.indexOf(0x61)] = 0x7a;
  assert.strictEqual(buffer.toString(), 'zb');

  const unaligned = Buffer.concat([Buffer.from([0]), v8.serialize(new Float64Array([2.5]))]).subarray(1);
  const doubles = v8.deserialize(unaligned);
  assert.deepStrictEqual(doubles, new Float64Array([2.5]));
  assert.strictEqual(doubles.byteOffset % 8, 0);
}

// A subclass that calls back into the serializer from inside a write works.
{
  const serializer = new v8.Serializer();
  serializer.writeHeader();
  serializer.writeValue({ get a() { serializer.writeUint32(1); return 'a'; } });
  assert.ok(serializer.releaseBuffer().length > 0);
}

common.mustCall()();
