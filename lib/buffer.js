'use strict';
// The `buffer` module: Buffer, a Uint8Array whose prototype carries node's byte API, and
// the module-level helpers (transcode, isUtf8, atob, Blob, ...). Arguments are checked here
// with node's errors; src/buffer.cc does the byte work and re-checks every range.

const { typedArrayLength } = require('internal/util');
const {
  FastBuffer,
  binding,
  encodingIdOf,
  normalizeEncoding,
  encodingFromValue,
  nativeError,
  requireView,
  decodeBytes,
  writeBytes,
  compareBytes,
  compareByteRanges,
  copyByteRange,
  fillBytes,
  swapBytes,
  addNumberMethods,
} = require('internal/buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');
const {
  kShortString,
  byteLength,
  byteLengthOf,
  transcode,
  isUtf8,
  isAscii,
  atob,
  btoa,
  searchBuffer,
} = require('internal/buffer/text');

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true, configurable: false },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true, configurable: false },
});

const typedArraySet = Object.getPrototypeOf(Uint8Array.prototype).set;
const typedArrayFill = Object.getPrototypeOf(Uint8Array.prototype).fill;


const validateOffset = (value, name, min = 0, max = kMaxLength) => validateInteger(value, name, min, max);

// Allocation --------------------------------------------------------------------------------

// Buffers smaller than half the pool are carved from a shared pool of Buffer.poolSize bytes,
// eight-byte aligned, so small allocations do not each cost an ArrayBuffer.
let poolSize;
let allocPool;
let poolBytes;  // a Uint8Array over all of allocPool
let poolOffset;

// An ArrayBuffer of `size` bytes that are not zeroed. A size that is not a valid length is
// left to the ArrayBuffer constructor to reject (Buffer.poolSize is user-writable).
// With --zero-fill-buffers every allocation is zeroed (pooled slices too: the pool is fresh
// memory, and each byte of it is handed out once).
let zeroFillBuffers;
function createUnsafeArrayBuffer(size) {
  zeroFillBuffers ??= process._lodeOptions?.['--zero-fill-buffers'] === 'true';
  if (zeroFillBuffers || !Number.isInteger(size) || size < 0 || size > kMaxLength) return new ArrayBuffer(size);
  const memory = binding.createUnsafeArrayBuffer(size);
  if (memory === undefined) throw new RangeError('Array buffer allocation failed');
  return memory;
}

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeArrayBuffer(poolSize);
  // Pooled Buffers share this memory: a transfer must never take it away from them.
  binding.markUntransferable(allocPool);
  poolBytes = new Uint8Array(allocPool);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
}

// A buffer of `size` bytes whose contents are not zeroed.
function createUnsafeBuffer(size) {
  return new FastBuffer(createUnsafeArrayBuffer(size));
}

function allocate(size) {
  size = Math.trunc(size);
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > poolSize - poolOffset) createPool();
    const buffer = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return buffer;
  }
  return createUnsafeBuffer(size);
}

// Strings -----------------------------------------------------------------------------------

// Writes a short string's UTF-8 into the pool at poolOffset (which has room for three bytes
// per unit); returns the byte count, or -1 for a string with surrogates, left to C++.
function writeShortUtf8(string) {
  const bytes = poolBytes;
  let position = poolOffset;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) {
      bytes[position++] = code;
    } else if (code < 0x800) {
      bytes[position++] = 0xc0 | (code >> 6);
      bytes[position++] = 0x80 | (code & 0x3f);
    } else if (code < 0xd800 || code > 0xdfff) {
      bytes[position++] = 0xe0 | (code >> 12);
      bytes[position++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[position++] = 0x80 | (code & 0x3f);
    } else {
      return -1;
    }
  }
  return position - poolOffset;
}

function fromStringEncoded(string, encoding) {
  const id = encodingIdOf(encoding);
  // UTF-8 takes at most three bytes per UTF-16 unit: short strings are written straight
  // into the pool with that much room, skipping the length pass (and, when very short,
  // the call into C++).
  if (encoding === 'utf8' && string.length * 3 < (Buffer.poolSize >>> 1)) {
    if (string.length * 3 > poolSize - poolOffset) createPool();
    let written = string.length <= kShortString && poolBytes.length === poolSize ? writeShortUtf8(string) : -1;
    if (written < 0) written = binding.write(allocPool, string, id, poolOffset, string.length * 3);
    const buffer = new FastBuffer(allocPool, poolOffset, written);
    poolOffset += written;
    alignPool();
    return buffer;
  }
  // Long strings become UTF-8 in one call, which sizes the memory itself.
  if (encoding === 'utf8' && string.length >= (Buffer.poolSize >>> 1)) {
    const memory = binding.toUtf8(string);
    if (memory !== undefined) return new FastBuffer(memory);
  }
  const length = byteLengthOf(string, encoding);
  if (length >= (Buffer.poolSize >>> 1)) {
    const buffer = createUnsafeBuffer(length);
    const written = binding.write(buffer, string, id, 0, length);
    if (written === length) return buffer;
    // base64 and hex can decode to fewer bytes than estimated: the unused tail of the
    // memory is zeroed, so nothing stale is reachable through .buffer.
    typedArrayFill.call(buffer, 0, written);
    return new FastBuffer(buffer.buffer, 0, written);
  }
  if (length > poolSize - poolOffset) createPool();
  const written = binding.write(allocPool, string, id, poolOffset, length);
  const buffer = new FastBuffer(allocPool, poolOffset, written);
  poolOffset += written;
  alignPool();
  return buffer;
}

function fromString(string, encoding) {
  let canonical = 'utf8';
  if (typeof encoding === 'string' && encoding.length !== 0) {
    canonical = encodingFromValue(encoding);
    if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (string.length === 0) return new FastBuffer();
  return fromStringEncoded(string, canonical);
}

// Other sources -----------------------------------------------------------------------------

function fromArrayLike(source) {
  const length = source.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (length > poolSize - poolOffset) createPool();
    const buffer = new FastBuffer(allocPool, poolOffset, length);
    typedArraySet.call(buffer, source, 0);
    poolOffset += buffer.length;
    alignPool();
    return buffer;
  }
  return new FastBuffer(source);
}

function fromArrayBuffer(memory, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = memory.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(memory, byteOffset, length);
}

// Array-likes, typed arrays, and `{ type: 'Buffer', data: [...] }` (what toJSON makes).
function fromObject(source) {
  if (source.length !== undefined || isAnyArrayBuffer(source.buffer)) {
    if (typeof source.length !== 'number') return new FastBuffer();
    return fromArrayLike(source);
  }
  if (source.type === 'Buffer' && Array.isArray(source.data)) return fromArrayLike(source.data);
  return undefined;
}

// The Buffer function ----------------------------------------------------------------------

let deprecationWarned = false;
// Node warns once about Buffer() / new Buffer(), unless the call comes from node_modules.
function warnBufferConstructor() {
  if (deprecationWarned) return;
  const stack = new Error().stack ?? '';
  const caller = stack.split('\n').slice(1).find((line) => !/\(?node:/.test(line.trim().replace(/^at (?:new )?\S+ /, '')));
  if (caller !== undefined && /[\\/]node_modules[\\/]/.test(caller)) return;
  deprecationWarned = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

function Buffer(arg, encodingOrOffset, length) {
  warnBufferConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  get() { return FastBuffer; }, enumerable: false, configurable: true,
});
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  value: Buffer, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(Buffer, Uint8Array);
addNumberMethods(Buffer.prototype);

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value &&
        (typeof primitive === 'string' || typeof primitive === 'object')) {
      return from(primitive, encodingOrOffset, length);
    }
    const buffer = fromObject(value);
    if (buffer !== undefined) return buffer;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const text = value[Symbol.toPrimitive]('string');
      if (typeof text === 'string') return fromString(text, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  let start = 0;
  let end = viewLength;
  if (offset !== undefined) {
    validateInteger(offset, 'offset', 0);
    if (offset >= viewLength) return Buffer.alloc(0);
    start = offset;
  }
  if (length !== undefined) {
    validateInteger(length, 'length', 0);
    end = Math.min(start + length, viewLength);
  }
  const elementSize = view.BYTES_PER_ELEMENT;
  const bytes = new Uint8Array(view.buffer, view.byteOffset + start * elementSize, (end - start) * elementSize);
  return fromArrayLike(bytes);
};

Buffer.of = function of(...items) {
  const buffer = allocate(items.length);
  for (let i = 0; i < items.length; i++) buffer[i] = items[i];
  return buffer;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buffer = createUnsafeBuffer(size);
    return fillBuffer(buffer, fill, 0, buffer.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

Buffer.isBuffer = function isBuffer(value) {
  return value instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

// Copies up to sourceEnd - sourceStart bytes, as many as fit; returns how many.
function copyBytes(source, target, targetStart, sourceStart, sourceEnd) {
  let count = Math.min(sourceEnd, source.length) - sourceStart;
  if (count > target.length - targetStart) count = target.length - targetStart;
  if (count <= 0) return 0;
  return copyByteRange(source, target, targetStart, sourceStart, count);
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const result = allocate(length);
  let position = 0;
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (!isUint8Array(item)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    }
    const room = result.length - position;
    if (item.length <= room) {
      typedArraySet.call(result, item, position);
      position += item.length;
    } else if (room > 0) {
      position += copyByteRange(item, result, position, 0, room);
    }
  }
  // A length past the parts' total leaves a tail, which is zeroed (the memory is unsafe).
  if (position < result.length) typedArrayFill.call(result, 0, position, result.length);
  return result;
};

Buffer.byteLength = byteLength;

// Prototype ---------------------------------------------------------------------------------

const proto = Buffer.prototype;

// Each encoding's slice and write methods (buf.hexSlice(start, end), buf.utf8Write(...)),
// which node exposes and some packages call directly. Their argument rules are those of
// node's C++: indices are truncated, negative ones are out of range.
function arrayIndex(value, fallback) {
  if (value === undefined) return fallback;
  const index = Math.trunc(+value) || 0;
  if (index < 0) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
  return index;
}

function defineEncodingMethods(name, canonical) {
  proto[`${name}Slice`] = {
    [`${name}Slice`](start, end) {
      requireView(this);
      const length = this.byteLength;
      start = arrayIndex(start, 0);
      end = arrayIndex(end, length);
      if (end < start) end = start;
      if (end > length) throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
      return decodeBytes(this, canonical, start, end);
    },
  }[`${name}Slice`];
  proto[`${name}Write`] = {
    [`${name}Write`](string, offset, length) {
      requireView(this);
      if (typeof string !== 'string') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      const size = this.byteLength;
      offset = arrayIndex(offset, 0);
      if (offset > size) {
        throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      }
      length = Math.min(arrayIndex(length, size - offset), size - offset);
      return writeBytes(this, string, canonical, offset, length);
    },
  }[`${name}Write`];
}
for (const name of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  defineEncodingMethods(name, normalizeEncoding(name));
}

Object.defineProperty(proto, 'parent', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// A finite number rounded down; anything else becomes `fallback` (node's copy() rules).
function toInteger(value, fallback) {
  value = +value;
  return Number.isFinite(value) ? Math.floor(value) : fallback;
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyBytes(this, target, targetStart, sourceStart, sourceEnd);
};

// node's toString, write and inspect reach the bytes through the receiver's own slice and
// write methods, so a receiver without them (even a plain Uint8Array) fails with a
// TypeError before anything else is looked at.
function requireBufferMethod(receiver, name) {
  if (typeof receiver[name] !== 'function') throw new TypeError(`this.${name} is not a function`);
}

proto.toString = function toString(encoding, start, end) {
  requireBufferMethod(this, 'utf8Slice');
  const length = this instanceof Uint8Array ? typedArrayLength(this) : this.length;
  if (arguments.length === 0) return decodeBytes(this, 'utf8', 0, length);
  if (start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return decodeBytes(this, 'utf8', start, end);
  const canonical = encodingFromValue(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return decodeBytes(this, canonical, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || compareBytes(this, otherBuffer) === 0;
};

// Buffer.prototype.inspect and util.inspect's view of a buffer: up to INSPECT_MAX_BYTES
// bytes in hex, then the non-index properties.
let INSPECT_MAX_BYTES = 50;
let inspectModule;
let utilBinding;
function inspect(recurseTimes, ctx) {
  requireBufferMethod(this, 'hexSlice');
  const shown = Math.min(INSPECT_MAX_BYTES, this.length);
  const remaining = this.length - INSPECT_MAX_BYTES;
  const hex = decodeBytes(this, 'hex', 0, shown > 0 ? Math.trunc(shown) : 0);
  let text = hex.replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) text += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    utilBinding ??= internalBinding('util');
    const { getOwnNonIndexProperties, constants: { ALL_PROPERTIES, ONLY_ENUMERABLE } } = utilBinding;
    const keys = getOwnNonIndexProperties(this, ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      inspectModule ??= require('internal/util/inspect');
      const shownExtras = inspectModule.inspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop the "[Object: null prototype] {" prefix and " }" suffix.
      if (this.length !== 0) text += ', ';
      text += shownExtras.slice('[Object: null prototype] {'.length + 1, -2);
    }
  }
  return `<${this.constructor.name} ${text}>`;
}
proto.inspect = inspect;
proto[Symbol.for('nodejs.util.inspect.custom')] = inspect;

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return compareByteRanges(this, target, sourceStart, sourceEnd, targetStart, targetEnd);
};

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return searchBuffer(this, value, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return searchBuffer(this, value, byteOffset, encoding, false);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

// fill(value[, offset[, end]][, encoding]) and Buffer.alloc's fill.
function fillBuffer(buffer, value, offset, end, encoding) {
  let canonical;
  if (typeof value === 'string') {
    // fill(value), fill(value, encoding): the whole buffer (a later argument is ignored).
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buffer.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buffer.length;
    }
    canonical = normalizeEncoding(encoding);
    if (canonical === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1 && (canonical === 'utf8' || canonical === 'latin1')) {
      // One character that is one byte: a plain byte fill.
      const code = value.charCodeAt(0);
      if (code < (canonical === 'utf8' ? 0x80 : 0x100)) value = code;
    }
    // A String object passes the check by its text, but node's binding then reads only a
    // primitive encoding, so it fills as utf8.
    if (typeof encoding !== 'string') canonical = 'utf8';
  }
  if (offset === undefined) {
    offset = 0;
    end = buffer.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buffer.length;
    else validateOffset(end, 'end', 0, buffer.length);
    if (offset >= end) return buffer;
  }
  if (typeof value === 'number') {
    typedArrayFill.call(buffer, value & 255, offset, end);
  } else if (typeof value === 'string' || isArrayBufferView(value)) {
    if (!fillBytes(buffer, value, canonical, offset, end)) throw new ERR_INVALID_ARG_VALUE('value', value);
  } else {
    // node hands other values to its binding, which refuses a receiver that is no view and
    // does nothing for an empty range (a detached view's included).
    requireView(buffer);
    if (offset < end) typedArrayFill.call(buffer, +value & 255, offset, end);
  }
  return buffer;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillBuffer(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  requireBufferMethod(this, 'utf8Write');
  if (offset === undefined) return writeBytes(this, string, 'utf8', 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return writeBytes(this, string, 'utf8', offset, length);
  const canonical = encodingFromValue(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return writeBytes(this, string, canonical, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < data.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

// An offset for subarray(): truncated; negative counts from the end; clamped to [0, length].
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return Number.isNaN(offset) ? 0 : length;
}

proto.subarray = function subarray(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapInPlace(buffer, width) {
  const length = buffer.length;
  if (length % width !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${width * 8}-bits`);
  // Short buffers are quicker to swap here than to hand to C++.
  if (length < 128) {
    for (let i = 0; i < length; i += width) {
      for (let low = i, high = i + width - 1; low < high; low++, high--) {
        const byte = buffer[low];
        buffer[low] = buffer[high];
        buffer[high] = byte;
      }
    }
  } else {
    swapBytes(buffer, width);
  }
  return buffer;
}

proto.swap16 = function swap16() { return swapInPlace(this, 2); };
proto.swap32 = function swap32() { return swapInPlace(this, 4); };
proto.swap64 = function swap64() { return swapInPlace(this, 8); };
proto.toLocaleString = proto.toString;

// SlowBuffer: an unpooled, unzeroed buffer (deprecated in node, kept for old code).
function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

// Module functions (byteLength, transcode, isUtf8, isAscii, atob and btoa: internal/buffer/text)

let blobModule;
function lazyBlob() {
  blobModule ??= require('internal/blob');
  return blobModule;
}

createPool();

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  INSPECT_MAX_BYTES: {
    enumerable: true,
    configurable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(value) {
      validateNumber(value, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = value;
    },
  },
  Blob: {
    enumerable: true, configurable: true,
    get() { return lazyBlob().Blob; },
    set(value) { Object.defineProperty(module.exports, 'Blob', { value, writable: true, enumerable: true, configurable: true }); },
  },
  File: {
    enumerable: true, configurable: true,
    get() { return lazyBlob().File; },
    set(value) { Object.defineProperty(module.exports, 'File', { value, writable: true, enumerable: true, configurable: true }); },
  },
  resolveObjectURL: {
    enumerable: true, configurable: true,
    get() { return lazyBlob().resolveObjectURL; },
    set(value) { Object.defineProperty(module.exports, 'resolveObjectURL', { value, writable: true, enumerable: true, configurable: true }); },
  },
});
