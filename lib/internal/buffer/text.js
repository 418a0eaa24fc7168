'use strict';
// What strings are as bytes: byteLength, searching a buffer for a string or bytes (indexOf and
// lastIndexOf), and the buffer module's text functions: transcode, isUtf8, isAscii, and
// atob/btoa (WHATWG forgiving-base64). lib/buffer.js uses and re-exports them.

const {
  FastBuffer,
  binding,
  encodingIdOf,
  normalizeEncoding,
  encodingFromValue,
  nativeError,
  decodeBytes,
  searchBytes,
} = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_UNKNOWN_ENCODING },
  genericNodeError,
} = require('internal/errors');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
} = require('internal/util/types');

// Strings up to this long are measured and encoded to UTF-8 in JS: cheaper than the call into C++.
const kShortString = 32;

// Buffer.from, once lib/buffer.js (which requires this module) has finished loading.
function bufferFrom(value, encoding) {
  return require('buffer').Buffer.from(value, encoding);
}

// Node's estimate for base64 text: three bytes per four characters, less the padding.
function base64ByteLength(string, length) {
  if (string.charCodeAt(length - 1) === 0x3d) length--;
  if (length > 1 && string.charCodeAt(length - 1) === 0x3d) length--;
  return (length * 3) >>> 2;
}

function byteLengthOf(string, encoding) {
  switch (encoding) {
    case 'utf8': return string.length <= kShortString ? shortUtf8Length(string) : binding.byteLengthUtf8(string);
    case 'utf16le': return string.length * 2;
    case 'latin1':
    case 'ascii': return string.length;
    case 'hex': return string.length >>> 1;
    default: return base64ByteLength(string, string.length);
  }
}

// UTF-8 length of a short string, counted here rather than in a call to C++: a surrogate pair
// is four bytes, a lone surrogate three (it is written as U+FFFD).
function shortUtf8Length(string) {
  let bytes = 0;
  for (let i = 0; i < string.length; i++) {
    const code = string.charCodeAt(i);
    if (code < 0x80) {
      bytes++;
    } else if (code < 0x800) {
      bytes += 2;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < string.length &&
               (string.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else {
      bytes += 3;
    }
  }
  return bytes;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthOf(string, 'utf8');
  const canonical = encodingFromValue(encoding);
  return byteLengthOf(string, canonical === undefined ? 'utf8' : canonical);
}

// indexOf and lastIndexOf: `value` is a number (a byte), a string in `encoding`, or bytes.
function searchBuffer(buffer, value, byteOffset, encoding, forward) {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = Math.trunc(+byteOffset);
  if (Number.isNaN(byteOffset)) byteOffset = forward ? 0 : (buffer.length || buffer.byteLength);
  if (typeof value === 'number') return searchBytes(buffer, (value >>> 0) & 0xff, byteOffset, undefined, forward);
  let canonical = 'utf8';
  if (typeof value === 'string') {
    if (encoding !== undefined) {
      canonical = encodingFromValue(encoding);
      if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    return searchBytes(buffer, value, byteOffset, canonical, forward);
  }
  if (isUint8Array(value)) {
    // For bytes, the encoding only tells whether to match whole UTF-16 units.
    if (encoding !== undefined && encodingFromValue(encoding) === 'utf16le') canonical = 'utf16le';
    return searchBytes(buffer, value, byteOffset, canonical, forward);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

// Module functions ------------------------------------------------------------------------

let encodingBinding;

// An encoding the binding knows, or -1.
function transcodeId(encoding) {
  const name = normalizeEncoding(encoding);
  return name === undefined ? -1 : encodingIdOf(name);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  if (source.length === 0) return new FastBuffer(0);
  encodingBinding ??= internalBinding('encoding_binding');
  const result = encodingBinding.transcode(source, transcodeId(fromEncoding), transcodeId(toEncoding));
  if (typeof result === 'string') {
    const error = genericNodeError(`Unable to transcode Buffer [${result}]`, { code: result, errno: undefined });
    delete error.errno;
    throw error;
  }
  return new FastBuffer(result.buffer, result.byteOffset, result.byteLength);
}

function validateCheckable(input) {
  if (!isTypedArray(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
  if (isAnyArrayBuffer(input) && input.byteLength === 0 && isDetached(input)) {
    throw nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
  }
}

function isDetached(memory) {
  try {
    new Uint8Array(memory); // eslint-disable-line no-new
    return false;
  } catch {
    return true;
  }
}

function isUtf8(input) {
  validateCheckable(input);
  return binding.isUtf8(input);
}

function isAscii(input) {
  validateCheckable(input);
  return binding.isAscii(input);
}

// atob / btoa (WHATWG forgiving-base64) ---------------------------------------------------

let DOMExceptionClass;
function invalidCharacterError(message) {
  if (DOMExceptionClass === undefined) {
    try {
      DOMExceptionClass = require('internal/per_context/domexception').DOMException;
    } catch {
      DOMExceptionClass = null;
    }
  }
  if (DOMExceptionClass) return new DOMExceptionClass(message, 'InvalidCharacterError');
  const error = new Error(message);
  error.name = 'InvalidCharacterError';
  return error;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw invalidCharacterError('Invalid character');
  }
  return decodeBytes(bufferFrom(input, 'latin1'), 'base64', 0, input.length);
}

// ASCII whitespace that atob ignores: tab, line feed, form feed, carriage return, space.
function isAsciiWhitespace(code) {
  return code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d || code === 0x20;
}

function isBase64Character(code) {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) || code === 0x2b || code === 0x2f;
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let characters = 0;
  let padding = 0;
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (isAsciiWhitespace(code)) continue;
    characters++;
    if (code === 0x3d) {
      // '=' may only end the data, at most twice.
      if (++padding > 2) throw invalidCharacterError('Invalid character');
    } else if (padding > 0 || !isBase64Character(code)) {
      throw invalidCharacterError('Invalid character');
    }
  }
  // One data character past a whole group cannot be decoded; padding must complete a group.
  if ((characters - padding) % 4 === 1) {
    throw invalidCharacterError('The string to be decoded is not correctly encoded.');
  }
  if (padding > 0 && characters % 4 !== 0) throw invalidCharacterError('Invalid character');
  const bytes = bufferFrom(input, 'base64');
  return decodeBytes(bytes, 'latin1', 0, bytes.length);
}

module.exports = {
  kShortString,
  byteLength,
  byteLengthOf,
  transcode,
  isUtf8,
  isAscii,
  atob,
  btoa,
  searchBuffer,
};
