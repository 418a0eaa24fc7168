'use strict';
// Buffer's machinery, shared by lib/buffer.js, string_decoder and the encoding classes:
// FastBuffer (the Uint8Array subclass every Buffer is), the encoding names, the errors
// node raises from C++, and the fixed-width number readers and writers that lib/buffer.js
// puts on Buffer.prototype. Byte work on strings happens in src/buffer.cc.

const binding = internalBinding('buffer');
const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateNumber } = require('internal/validators');
const { typedArrayLength } = require('internal/util');

// A Buffer is a FastBuffer; `Buffer` itself (lib/buffer.js) is only the public face that
// shares its prototype. The constructor takes Uint8Array's arguments.
class FastBuffer extends Uint8Array {
  // Three named parameters keep construction monomorphic (no rest/spread).
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// Encodings ------------------------------------------------------------------------------------

// The ids src/string_bytes.h gives each encoding. (Lookups go through switches: V8 10.2 keeps
// a `{ __proto__: null }` table in dictionary mode, and a keyed load that sees many names is
// megamorphic anyway; both showed up in every toString/write.)
function encodingIdOf(canonical) {
  switch (canonical) {
    case 'utf8': return 0;
    case 'utf16le': return 1;
    case 'latin1': return 2;
    case 'ascii': return 3;
    case 'base64': return 4;
    case 'base64url': return 5;
    case 'hex': return 6;
    default: return undefined;
  }
}

// The same ids as a table, for code that reads them by name.
const encodingIds = Object.setPrototypeOf({}, null);
for (const name of ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex']) {
  encodingIds[name] = encodingIdOf(name);
}

// Every accepted spelling, lowercase, and the encoding it names.
function canonicalSpelling(name) {
  switch (name) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'utf16le': case 'utf-16le': case 'ucs2': case 'ucs-2': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'ascii': return 'ascii';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    default: return undefined;
  }
}

const kShortestEncodingName = 3;  // 'hex'
const kLongestEncodingName = 9;  // 'base64url'

function lookUpEncoding(name) {
  return canonicalSpelling(name) ?? canonicalSpelling(name.toLowerCase());
}

// The canonical name of an encoding argument where a missing one means utf8 (fill, alloc,
// transcode, StringDecoder): undefined, null and '' are utf8. Like node, another value is
// read as a string only when its length is that of some encoding name: a String object
// names its encoding, a number or a detached view nothing, and a throwing getter throws.
function normalizeEncoding(encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === '') return 'utf8';
  if (typeof encoding !== 'string') {
    const length = encoding.length;
    if (!(length >= kShortestEncodingName && length <= kLongestEncodingName)) return undefined;
    encoding = `${encoding}`;
  }
  return lookUpEncoding(encoding);
}

// The canonical name of any value used as an encoding by toString/write/indexOf/byteLength,
// which read it as a string (so `null` is the unknown encoding "null").
function encodingFromValue(encoding) {
  return lookUpEncoding(typeof encoding === 'string' ? encoding : `${encoding}`);
}

// Errors ---------------------------------------------------------------------------------------

// Node raises some errors from C++: a plain error with an enumerable `code`, and no code
// in the stack header.
function nativeError(Base, code, message) {
  const error = new Base(message);
  error.code = code;
  return error;
}

const kStringMaxLength = binding.kStringMaxLength;

function stringTooLongError() {
  return nativeError(Error, 'ERR_STRING_TOO_LONG',
                     `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
}

// Guarded calls into the binding ------------------------------------------------------------
// src/buffer.cc aborts on an argument it does not expect, and Buffer's methods can be called
// on anything (Buffer.prototype.write.call({})), so every call checks its receiver and
// ranges first, failing the way node's C++ does.

function requireView(value) {
  if (!ArrayBuffer.isView(value)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

function isIndex(value, limit) {
  return Number.isInteger(value) && value >= 0 && value <= limit;
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// A view's size in bytes; for the usual Uint8Array through the getter itself, which V8 10.2
// runs several times faster than a `.byteLength` load it cannot inline.
function viewByteLength(view) {
  return view instanceof Uint8Array ? typedArrayLength(view) : view.byteLength;
}

function checkRange(view, start, end) {
  requireView(view);
  if (!isIndex(end, viewByteLength(view)) || !isIndex(start, end)) throw indexOutOfRange();
}

// The string for bytes [start, end) of a view in an encoding (a canonical name).
function decodeBytes(view, encoding, start, end) {
  checkRange(view, start, end);
  const text = binding.toString(view, encodingIdOf(encoding), start, end);
  if (text === undefined) throw stringTooLongError();
  return text;
}

// Writes a string from `offset`, at most `length` bytes; returns the bytes written.
function writeBytes(view, string, encoding, offset, length) {
  requireView(view);
  if (typeof string !== 'string') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
  }
  if (!isIndex(offset, view.byteLength) || !isIndex(length, Number.MAX_SAFE_INTEGER)) {
    throw indexOutOfRange();
  }
  return binding.write(view, string, encodingIdOf(encoding), offset, length);
}

function compareBytes(a, b) {
  requireView(a);
  requireView(b);
  return binding.compare(a, b);
}

function compareByteRanges(source, target, sourceStart, sourceEnd, targetStart, targetEnd) {
  checkRange(source, sourceStart, sourceEnd);
  checkRange(target, targetStart, targetEnd);
  return binding.compareRanges(source, target, sourceStart, sourceEnd, targetStart, targetEnd);
}

// Copies `count` bytes (the ranges may overlap); returns `count`.
function copyByteRange(source, target, targetStart, sourceStart, count) {
  checkRange(source, sourceStart, sourceStart + count);
  checkRange(target, targetStart, targetStart + count);
  return binding.copy(source, target, targetStart, sourceStart, count);
}

// Fills [start, end) with a string's bytes in `encoding` or a view's bytes; false when the
// value has no bytes.
function fillBytes(view, value, encoding, start, end) {
  checkRange(view, start, end);
  if (typeof value !== 'string') requireView(value);
  return binding.fill(view, value, encodingIdOf(encoding) ?? 0, start, end) === 0;
}

// indexOf/lastIndexOf: `byteOffset` is an integer (node clamps it to the int32 range).
function searchBytes(haystack, needle, byteOffset, encoding, forward) {
  requireView(haystack);
  if (!Number.isInteger(byteOffset) || Math.abs(byteOffset) > 2 ** 32) throw indexOutOfRange();
  forward = !!forward;
  if (typeof needle === 'number') return binding.indexOfNumber(haystack, needle & 0xff, byteOffset, forward);
  if (typeof needle === 'string') {
    return binding.indexOfString(haystack, needle, byteOffset, encodingIdOf(encoding), forward);
  }
  requireView(needle);
  return binding.indexOfBuffer(haystack, needle, byteOffset, encodingIdOf(encoding), forward);
}

function swapBytes(view, width) {
  requireView(view);
  if (view.byteLength % width !== 0) throw indexOutOfRange();
  binding.swap(view, width);
}

// Number accessors -------------------------------------------------------------------------

function validateOffsetType(offset) {
  if (typeof offset !== 'number') throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

// The error for an offset (or byteLength) that does not fit: not an integer, no room at
// all, or outside [0, last] ([1, last] for byteLength).
function boundsError(value, last, name = 'offset') {
  if (Math.floor(value) !== value) {
    validateNumber(value, name);
    throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  }
  if (last < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(name, `>= ${name === 'offset' ? 0 : 1} and <= ${last}`, value);
}

// Checks that bytes [offset, offset + width) exist.
function checkBounds(buffer, offset, width) {
  validateOffsetType(offset);
  if (buffer[offset] === undefined || buffer[offset + width - 1] === undefined) {
    boundsError(offset, buffer.length - width);
  }
}

function rangeText(min, max, width) {
  const n = typeof min === 'bigint' ? 'n' : '';
  if (width <= 4) return `>= ${min}${n} and <= ${max}${n}`;
  const bits = width * 8;
  if (min === 0 || min === 0n) return `>= 0${n} and < 2${n} ** ${bits}${n}`;
  return `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
}

// Checks the value's range, then the bytes' bounds.
function checkIntegerWrite(buffer, value, offset, min, max, width) {
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', rangeText(min, max, width), value);
  checkBounds(buffer, offset, width);
}

// Unsigned reads.
function readUInt8(buffer, offset) {
  validateOffsetType(offset);
  const value = buffer[offset];
  if (value === undefined) boundsError(offset, buffer.length - 1);
  return value;
}

function readUInt16LE(buffer, offset) {
  validateOffsetType(offset);
  const low = buffer[offset];
  const high = buffer[offset + 1];
  if (low === undefined || high === undefined) boundsError(offset, buffer.length - 2);
  return low + high * 0x100;
}

function readUInt16BE(buffer, offset) {
  validateOffsetType(offset);
  const high = buffer[offset];
  const low = buffer[offset + 1];
  if (low === undefined || high === undefined) boundsError(offset, buffer.length - 2);
  return high * 0x100 + low;
}

function readUInt24LE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 3);
  return first + buffer[offset + 1] * 0x100 + last * 0x10000;
}

function readUInt24BE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 2];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 3);
  return first * 0x10000 + buffer[offset + 1] * 0x100 + last;
}

function readUInt32LE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 4);
  return first + buffer[offset + 1] * 0x100 + buffer[offset + 2] * 0x10000 + last * 0x1000000;
}

function readUInt32BE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 4);
  return first * 0x1000000 + buffer[offset + 1] * 0x10000 + buffer[offset + 2] * 0x100 + last;
}

function readUInt40LE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 5);
  return first + buffer[offset + 1] * 0x100 + buffer[offset + 2] * 0x10000 +
    buffer[offset + 3] * 0x1000000 + last * 0x100000000;
}

function readUInt40BE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 4];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 5);
  return first * 0x100000000 + buffer[offset + 1] * 0x1000000 + buffer[offset + 2] * 0x10000 +
    buffer[offset + 3] * 0x100 + last;
}

function readUInt48LE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 6);
  return first + buffer[offset + 1] * 0x100 + buffer[offset + 2] * 0x10000 +
    buffer[offset + 3] * 0x1000000 + (buffer[offset + 4] + last * 0x100) * 0x100000000;
}

function readUInt48BE(buffer, offset) {
  validateOffsetType(offset);
  const first = buffer[offset];
  const last = buffer[offset + 5];
  if (first === undefined || last === undefined) boundsError(offset, buffer.length - 6);
  return (first * 0x100 + buffer[offset + 1]) * 0x100000000 + buffer[offset + 2] * 0x1000000 +
    buffer[offset + 3] * 0x10000 + buffer[offset + 4] * 0x100 + last;
}

// Signed reads: the unsigned value, with the top bit's weight made negative.
function toSigned(value, bits) {
  const limit = 2 ** (bits - 1);
  return value >= limit ? value - limit * 2 : value;
}

function readInt8(buffer, offset) { return toSigned(readUInt8(buffer, offset), 8); }

function readInt16LE(buffer, offset) { return toSigned(readUInt16LE(buffer, offset), 16); }
function readInt16BE(buffer, offset) { return toSigned(readUInt16BE(buffer, offset), 16); }
function readInt24LE(buffer, offset) { return toSigned(readUInt24LE(buffer, offset), 24); }
function readInt24BE(buffer, offset) { return toSigned(readUInt24BE(buffer, offset), 24); }
function readInt32LE(buffer, offset) { return readUInt32LE(buffer, offset) | 0; }
function readInt32BE(buffer, offset) { return readUInt32BE(buffer, offset) | 0; }
function readInt40LE(buffer, offset) { return toSigned(readUInt40LE(buffer, offset), 40); }
function readInt40BE(buffer, offset) { return toSigned(readUInt40BE(buffer, offset), 40); }
function readInt48LE(buffer, offset) { return toSigned(readUInt48LE(buffer, offset), 48); }
function readInt48BE(buffer, offset) { return toSigned(readUInt48BE(buffer, offset), 48); }

// 64-bit reads: two 32-bit halves joined as a BigInt.
function checkBig64(buffer, offset) {
  validateOffsetType(offset);
  if (buffer[offset] === undefined || buffer[offset + 7] === undefined) {
    boundsError(offset, buffer.length - 8);
  }
}

// 64-bit integers go through an 8-byte scratch shared by a BigUint64Array and a BigInt64Array:
// V8 10.2 optimizes typed-array BigInt loads and stores far better than BigInt shifts and adds.
const big64Bytes = new Uint8Array(8);
const bigUint64 = new BigUint64Array(big64Bytes.buffer);
const bigInt64 = new BigInt64Array(big64Bytes.buffer);

// Copies the 8 bytes at `offset` into the scratch in host order; `littleEndian` is their order.
function loadBig64(buffer, offset, littleEndian) {
  checkBig64(buffer, offset);
  if (littleEndian === littleEndianHost) {
    big64Bytes[0] = buffer[offset];
    big64Bytes[1] = buffer[offset + 1];
    big64Bytes[2] = buffer[offset + 2];
    big64Bytes[3] = buffer[offset + 3];
    big64Bytes[4] = buffer[offset + 4];
    big64Bytes[5] = buffer[offset + 5];
    big64Bytes[6] = buffer[offset + 6];
    big64Bytes[7] = buffer[offset + 7];
  } else {
    big64Bytes[7] = buffer[offset];
    big64Bytes[6] = buffer[offset + 1];
    big64Bytes[5] = buffer[offset + 2];
    big64Bytes[4] = buffer[offset + 3];
    big64Bytes[3] = buffer[offset + 4];
    big64Bytes[2] = buffer[offset + 5];
    big64Bytes[1] = buffer[offset + 6];
    big64Bytes[0] = buffer[offset + 7];
  }
}

function readBigUInt64LE(buffer, offset) {
  loadBig64(buffer, offset, true);
  return bigUint64[0];
}

function readBigUInt64BE(buffer, offset) {
  loadBig64(buffer, offset, false);
  return bigUint64[0];
}

function readBigInt64LE(buffer, offset) {
  loadBig64(buffer, offset, true);
  return bigInt64[0];
}

function readBigInt64BE(buffer, offset) {
  loadBig64(buffer, offset, false);
  return bigInt64[0];
}

// Floats go through a scratch typed array that shares its bytes with a Uint8Array.
const float32 = new Float32Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64 = new Float64Array(1);
const float64Bytes = new Uint8Array(float64.buffer);
const littleEndianHost = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// Scratch bytes in the host's order are "forward"; the other order is "backward".
function readFloatForward(buffer, offset) {
  checkBounds(buffer, offset, 4);
  float32Bytes[0] = buffer[offset];
  float32Bytes[1] = buffer[offset + 1];
  float32Bytes[2] = buffer[offset + 2];
  float32Bytes[3] = buffer[offset + 3];
  return float32[0];
}

function readFloatBackward(buffer, offset) {
  checkBounds(buffer, offset, 4);
  float32Bytes[3] = buffer[offset];
  float32Bytes[2] = buffer[offset + 1];
  float32Bytes[1] = buffer[offset + 2];
  float32Bytes[0] = buffer[offset + 3];
  return float32[0];
}

function readDoubleForward(buffer, offset) {
  checkBounds(buffer, offset, 8);
  for (let i = 0; i < 8; i++) float64Bytes[i] = buffer[offset + i];
  return float64[0];
}

function readDoubleBackward(buffer, offset) {
  checkBounds(buffer, offset, 8);
  for (let i = 0; i < 8; i++) float64Bytes[7 - i] = buffer[offset + i];
  return float64[0];
}

function writeFloatForward(buffer, value, offset) {
  value = +value;
  checkBounds(buffer, offset, 4);
  float32[0] = value;
  buffer[offset] = float32Bytes[0];
  buffer[offset + 1] = float32Bytes[1];
  buffer[offset + 2] = float32Bytes[2];
  buffer[offset + 3] = float32Bytes[3];
  return offset + 4;
}

function writeFloatBackward(buffer, value, offset) {
  value = +value;
  checkBounds(buffer, offset, 4);
  float32[0] = value;
  buffer[offset] = float32Bytes[3];
  buffer[offset + 1] = float32Bytes[2];
  buffer[offset + 2] = float32Bytes[1];
  buffer[offset + 3] = float32Bytes[0];
  return offset + 4;
}

function writeDoubleForward(buffer, value, offset) {
  value = +value;
  checkBounds(buffer, offset, 8);
  float64[0] = value;
  for (let i = 0; i < 8; i++) buffer[offset + i] = float64Bytes[i];
  return offset + 8;
}

function writeDoubleBackward(buffer, value, offset) {
  value = +value;
  checkBounds(buffer, offset, 8);
  float64[0] = value;
  for (let i = 0; i < 8; i++) buffer[offset + i] = float64Bytes[7 - i];
  return offset + 8;
}

const readFloatLE = littleEndianHost ? readFloatForward : readFloatBackward;
const readFloatBE = littleEndianHost ? readFloatBackward : readFloatForward;
const readDoubleLE = littleEndianHost ? readDoubleForward : readDoubleBackward;
const readDoubleBE = littleEndianHost ? readDoubleBackward : readDoubleForward;
const writeFloatLE = littleEndianHost ? writeFloatForward : writeFloatBackward;
const writeFloatBE = littleEndianHost ? writeFloatBackward : writeFloatForward;
const writeDoubleLE = littleEndianHost ? writeDoubleForward : writeDoubleBackward;
const writeDoubleBE = littleEndianHost ? writeDoubleBackward : writeDoubleForward;

// Integer writes. Storing into a Uint8Array keeps the low eight bits of the (truncated)
// number, so each byte is the value shifted down.
function writeUInt8(buffer, value, offset, min, max) {
  value = +value;
  validateOffsetType(offset);
  if (value > max || value < min) throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buffer[offset] === undefined) boundsError(offset, buffer.length - 1);
  buffer[offset] = value;
  return offset + 1;
}

function writeUInt16LE(buffer, value, offset, min, max) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, 2);
  buffer[offset] = value;
  buffer[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16BE(buffer, value, offset, min, max) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, 2);
  buffer[offset] = value >>> 8;
  buffer[offset + 1] = value;
  return offset + 2;
}

function writeUInt24LE(buffer, value, offset, min, max) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, 3);
  buffer[offset] = value;
  buffer[offset + 1] = value >>> 8;
  buffer[offset + 2] = value >>> 16;
  return offset + 3;
}

function writeUInt24BE(buffer, value, offset, min, max) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, 3);
  buffer[offset] = value >>> 16;
  buffer[offset + 1] = value >>> 8;
  buffer[offset + 2] = value;
  return offset + 3;
}

function writeUInt32LE(buffer, value, offset, min, max) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, 4);
  buffer[offset] = value;
  buffer[offset + 1] = value >>> 8;
  buffer[offset + 2] = value >>> 16;
  buffer[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeUInt32BE(buffer, value, offset, min, max) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, 4);
  buffer[offset] = value >>> 24;
  buffer[offset + 1] = value >>> 16;
  buffer[offset + 2] = value >>> 8;
  buffer[offset + 3] = value;
  return offset + 4;
}

// 40 and 48 bits: the part above bit 32 is written separately (shifts work on 32 bits).
function writeUInt48(buffer, value, offset, min, max, width, littleEndian) {
  value = +value;
  checkIntegerWrite(buffer, value, offset, min, max, width);
  const high = Math.floor(value * 2 ** -32);
  for (let i = 0; i < width; i++) {
    const byte = i < 4 ? value >>> (i * 8) : high >>> ((i - 4) * 8);
    buffer[littleEndian ? offset + i : offset + width - 1 - i] = byte;
  }
  return offset + width;
}

// `signed` picks the range: [-(2n ** 63n), 2n ** 63n) or [0n, 2n ** 64n). A BigInt in range
// round-trips through BigInt.asIntN/asUintN unchanged; anything else takes the checked path,
// which throws node's error.
function storeBig64(buffer, value, offset, signed, littleEndian) {
  if (typeof value === 'bigint' && typeof offset === 'number' &&
      (signed ? BigInt.asIntN(64, value) : BigInt.asUintN(64, value)) === value &&
      buffer[offset] !== undefined && buffer[offset + 7] !== undefined) {
    bigUint64[0] = BigInt.asUintN(64, value);
  } else {
    checkIntegerWrite(buffer, value, offset, signed ? -(2n ** 63n) : 0n,
                      signed ? 2n ** 63n - 1n : 0xffffffffffffffffn, 8);
    // `&` as node computes it: a Number value throws its "Cannot mix BigInt" TypeError.
    bigUint64[0] = value & 0xffffffffffffffffn;
  }
  if (littleEndian === littleEndianHost) {
    buffer[offset] = big64Bytes[0];
    buffer[offset + 1] = big64Bytes[1];
    buffer[offset + 2] = big64Bytes[2];
    buffer[offset + 3] = big64Bytes[3];
    buffer[offset + 4] = big64Bytes[4];
    buffer[offset + 5] = big64Bytes[5];
    buffer[offset + 6] = big64Bytes[6];
    buffer[offset + 7] = big64Bytes[7];
  } else {
    buffer[offset] = big64Bytes[7];
    buffer[offset + 1] = big64Bytes[6];
    buffer[offset + 2] = big64Bytes[5];
    buffer[offset + 3] = big64Bytes[4];
    buffer[offset + 4] = big64Bytes[3];
    buffer[offset + 5] = big64Bytes[2];
    buffer[offset + 6] = big64Bytes[1];
    buffer[offset + 7] = big64Bytes[0];
  }
  return offset + 8;
}

// Variable widths (1 to 6 bytes): a missing or bad byteLength is reported as node does.
function readUnsignedLE(buffer, offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readUInt8(buffer, offset);
    case 2: return readUInt16LE(buffer, offset);
    case 3: return readUInt24LE(buffer, offset);
    case 4: return readUInt32LE(buffer, offset);
    case 5: return readUInt40LE(buffer, offset);
    case 6: return readUInt48LE(buffer, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readUnsignedBE(buffer, offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readUInt8(buffer, offset);
    case 2: return readUInt16BE(buffer, offset);
    case 3: return readUInt24BE(buffer, offset);
    case 4: return readUInt32BE(buffer, offset);
    case 5: return readUInt40BE(buffer, offset);
    case 6: return readUInt48BE(buffer, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readSignedLE(buffer, offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readInt8(buffer, offset);
    case 2: return readInt16LE(buffer, offset);
    case 3: return readInt24LE(buffer, offset);
    case 4: return readInt32LE(buffer, offset);
    case 5: return readInt40LE(buffer, offset);
    case 6: return readInt48LE(buffer, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

function readSignedBE(buffer, offset, byteLength) {
  if (offset === undefined) throw new ERR_INVALID_ARG_TYPE('offset', 'number', offset);
  switch (byteLength) {
    case 1: return readInt8(buffer, offset);
    case 2: return readInt16BE(buffer, offset);
    case 3: return readInt24BE(buffer, offset);
    case 4: return readInt32BE(buffer, offset);
    case 5: return readInt40BE(buffer, offset);
    case 6: return readInt48BE(buffer, offset);
  }
  boundsError(byteLength, 6, 'byteLength');
}

// [min, max] of a `width`-byte integer.
const unsignedMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];
const signedMax = [0, 0x7f, 0x7fff, 0x7fffff, 0x7fffffff, 0x7fffffffff, 0x7fffffffffff];

function writeVariable(buffer, value, offset, byteLength, signed, littleEndian) {
  if (byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength)) {
    const min = signed ? -signedMax[byteLength] - 1 : 0;
    const max = signed ? signedMax[byteLength] : unsignedMax[byteLength];
    switch (byteLength) {
      case 1: return writeUInt8(buffer, value, offset, min, max);
      case 2: return (littleEndian ? writeUInt16LE : writeUInt16BE)(buffer, value, offset, min, max);
      case 3: return (littleEndian ? writeUInt24LE : writeUInt24BE)(buffer, value, offset, min, max);
      case 4: return (littleEndian ? writeUInt32LE : writeUInt32BE)(buffer, value, offset, min, max);
      default: return writeUInt48(buffer, value, offset, min, max, byteLength, littleEndian);
    }
  }
  boundsError(byteLength, 6, 'byteLength');
}

// The methods, as Buffer.prototype gets them (node's spellings, including the Uint aliases).
const numberMethods = {
  readBigUInt64LE(offset = 0) { return readBigUInt64LE(this, offset); },
  readBigUInt64BE(offset = 0) { return readBigUInt64BE(this, offset); },
  readBigInt64LE(offset = 0) { return readBigInt64LE(this, offset); },
  readBigInt64BE(offset = 0) { return readBigInt64BE(this, offset); },
  writeBigUInt64LE(value, offset = 0) { return storeBig64(this, value, offset, false, true); },
  writeBigUInt64BE(value, offset = 0) { return storeBig64(this, value, offset, false, false); },
  writeBigInt64LE(value, offset = 0) { return storeBig64(this, value, offset, true, true); },
  writeBigInt64BE(value, offset = 0) { return storeBig64(this, value, offset, true, false); },

  readUIntLE(offset, byteLength) { return readUnsignedLE(this, offset, byteLength); },
  readUInt32LE(offset = 0) { return readUInt32LE(this, offset); },
  readUInt16LE(offset = 0) { return readUInt16LE(this, offset); },
  readUInt8(offset = 0) { return readUInt8(this, offset); },
  readUIntBE(offset, byteLength) { return readUnsignedBE(this, offset, byteLength); },
  readUInt32BE(offset = 0) { return readUInt32BE(this, offset); },
  readUInt16BE(offset = 0) { return readUInt16BE(this, offset); },
  readIntLE(offset, byteLength) { return readSignedLE(this, offset, byteLength); },
  readInt32LE(offset = 0) { return readInt32LE(this, offset); },
  readInt16LE(offset = 0) { return readInt16LE(this, offset); },
  readInt8(offset = 0) { return readInt8(this, offset); },
  readIntBE(offset, byteLength) { return readSignedBE(this, offset, byteLength); },
  readInt32BE(offset = 0) { return readInt32BE(this, offset); },
  readInt16BE(offset = 0) { return readInt16BE(this, offset); },

  writeUIntLE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, false, true);
  },
  writeUInt32LE(value, offset = 0) { return writeUInt32LE(this, value, offset, 0, 0xffffffff); },
  writeUInt16LE(value, offset = 0) { return writeUInt16LE(this, value, offset, 0, 0xffff); },
  writeUInt8(value, offset = 0) { return writeUInt8(this, value, offset, 0, 0xff); },
  writeUIntBE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, false, false);
  },
  writeUInt32BE(value, offset = 0) { return writeUInt32BE(this, value, offset, 0, 0xffffffff); },
  writeUInt16BE(value, offset = 0) { return writeUInt16BE(this, value, offset, 0, 0xffff); },
  writeIntLE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, true, true);
  },
  writeInt32LE(value, offset = 0) {
    return writeUInt32LE(this, value, offset, -0x80000000, 0x7fffffff);
  },
  writeInt16LE(value, offset = 0) { return writeUInt16LE(this, value, offset, -0x8000, 0x7fff); },
  writeInt8(value, offset = 0) { return writeUInt8(this, value, offset, -0x80, 0x7f); },
  writeIntBE(value, offset, byteLength) {
    return writeVariable(this, value, offset, byteLength, true, false);
  },
  writeInt32BE(value, offset = 0) {
    return writeUInt32BE(this, value, offset, -0x80000000, 0x7fffffff);
  },
  writeInt16BE(value, offset = 0) { return writeUInt16BE(this, value, offset, -0x8000, 0x7fff); },

  readFloatLE(offset = 0) { return readFloatLE(this, offset); },
  readFloatBE(offset = 0) { return readFloatBE(this, offset); },
  readDoubleLE(offset = 0) { return readDoubleLE(this, offset); },
  readDoubleBE(offset = 0) { return readDoubleBE(this, offset); },
  writeFloatLE(value, offset = 0) { return writeFloatLE(this, value, offset); },
  writeFloatBE(value, offset = 0) { return writeFloatBE(this, value, offset); },
  writeDoubleLE(value, offset = 0) { return writeDoubleLE(this, value, offset); },
  writeDoubleBE(value, offset = 0) { return writeDoubleBE(this, value, offset); },
};

// Node also answers to 'Uint' for 'UInt' (readUint8, writeBigUint64LE, ...).
const uintAliases = [
  'readBigUInt64LE', 'readBigUInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE',
  'readUIntLE', 'readUInt32LE', 'readUInt16LE', 'readUInt8', 'readUIntBE', 'readUInt32BE',
  'readUInt16BE', 'writeUIntLE', 'writeUInt32LE', 'writeUInt16LE', 'writeUInt8', 'writeUIntBE',
  'writeUInt32BE', 'writeUInt16BE',
];

// Installed as node installs them: plain (enumerable) properties.
function addNumberMethods(proto) {
  for (const name of Object.keys(numberMethods)) {
    proto[name] = numberMethods[name];
    if (uintAliases.includes(name)) proto[name.replace('UInt', 'Uint')] = numberMethods[name];
  }
}

module.exports = {
  FastBuffer,
  binding,
  encodingIds,
  encodingIdOf,
  viewByteLength,
  normalizeEncoding,
  encodingFromValue,
  nativeError,
  stringTooLongError,
  requireView,
  decodeBytes,
  writeBytes,
  compareBytes,
  compareByteRanges,
  copyByteRange,
  fillBytes,
  searchBytes,
  swapBytes,
  addNumberMethods,
  boundsError,
  kStringMaxLength,
};
