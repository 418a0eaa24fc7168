'use strict';
// StringDecoder: decodes a byte stream chunk by chunk without splitting characters. The
// bytes of a character cut off at the end of a chunk are held (lastChar) until the next
// chunk completes them; end() decodes what is left.
//
// Its state is a 7-byte buffer laid out as node's: four held bytes, the count still missing,
// the count held, and the encoding's number.

const { Buffer } = require('buffer');
const { normalizeEncoding, decodeBytes } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');

const kNativeDecoder = Symbol('kNativeDecoder');
const kHeldStart = 0;
const kMissingBytes = 4;
const kHeldBytes = 5;
const kEncodingField = 6;
const kStateSize = 7;

// Node's numbers for the encodings, kept in the state buffer.
const encodingNumbers = {
  __proto__: null, ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7,
};

function StringDecoder(encoding) {
  const canonical = normalizeEncoding(encoding);
  if (canonical === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  this.encoding = canonical;
  this[kNativeDecoder] = Buffer.alloc(kStateSize);
  this[kNativeDecoder][kEncodingField] = encodingNumbers[canonical];
}

function toBytes(buf) {
  if (buf instanceof Uint8Array) return buf;
  return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
}

// UTF-8: how many bytes at the end of [start, end) begin a character that does not end
// there, and how many more it needs. The lead byte alone decides the length.
function utf8Tail(bytes, start, end) {
  for (let i = end - 1, count = 1; i >= start && count <= 4; i--, count++) {
    const byte = bytes[i];
    if ((byte & 0xc0) === 0x80) continue;
    let total = 1;
    if ((byte & 0xe0) === 0xc0) total = 2;
    else if ((byte & 0xf0) === 0xe0) total = 3;
    else if ((byte & 0xf8) === 0xf0) total = 4;
    return total > count ? [count, total - count] : [0, 0];
  }
  return [0, 0];
}

function isHighSurrogateAt(bytes, index) {
  return (bytes[index + 1] & 0xfc) === 0xd8;
}

// UTF-16LE: an odd last byte waits for its pair; otherwise a final high surrogate waits for
// its low half.
function utf16Tail(bytes, start, end) {
  if ((end - start) % 2 === 1) return [1, 1];
  if (end - start >= 2 && isHighSurrogateAt(bytes, end - 2)) return [2, 2];
  return [0, 0];
}

// The text of the bytes held when the stream ends (or when their character is cut short).
function decodeHeld(state, encoding) {
  const held = state[kHeldBytes];
  if (held === 0) return '';
  return decodeBytes(state, encoding, kHeldStart, kHeldStart + held);
}

function writeChunk(decoder, bytes) {
  const state = decoder[kNativeDecoder];
  const encoding = decoder.encoding;
  if (encoding === 'latin1' || encoding === 'ascii' || encoding === 'hex') {
    return decodeBytes(bytes, encoding, 0, bytes.length);
  }
  let prefix = '';
  let start = 0;
  // First finish the character held from the last chunk.
  while (state[kMissingBytes] > 0 && start < bytes.length) {
    const byte = bytes[start];
    if (encoding === 'utf8' && (byte & 0xc0) !== 0x80) {
      // Not a continuation: the held bytes end here, and this byte starts anew.
      state[kMissingBytes] = 0;
      break;
    }
    state[kHeldStart + state[kHeldBytes]++] = byte;
    state[kMissingBytes]--;
    start++;
  }
  if (state[kMissingBytes] > 0) return '';
  if (state[kHeldBytes] > 0) {
    prefix = decodeHeld(state, encoding);
    state[kHeldBytes] = 0;
  }
  let tail;
  if (encoding === 'utf8') {
    tail = utf8Tail(bytes, start, bytes.length);
  } else if (encoding === 'utf16le') {
    tail = utf16Tail(bytes, start, bytes.length);
  } else {
    // base64 and base64url: whole groups of three bytes only.
    const rest = (bytes.length - start) % 3;
    tail = rest === 0 ? [0, 0] : [rest, 3 - rest];
  }
  const [held, missing] = tail;
  const end = bytes.length - held;
  for (let i = 0; i < held; i++) state[kHeldStart + i] = bytes[end + i];
  state[kHeldBytes] = held;
  state[kMissingBytes] = missing;
  if (end <= start) return prefix;
  return prefix + decodeBytes(bytes, encoding, start, end);
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (this === null || typeof this !== 'object' || this[kNativeDecoder] === undefined) {
    throw new ERR_INVALID_THIS('StringDecoder');
  }
  return writeChunk(this, toBytes(buf));
};

StringDecoder.prototype.end = function end(buf) {
  let text = '';
  if (buf !== undefined) text = this.write(buf);
  const state = this[kNativeDecoder];
  if (state[kHeldBytes] > 0) text += decodeHeld(state, this.encoding);
  state[kHeldBytes] = 0;
  state[kMissingBytes] = 0;
  return text;
};

StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kHeldBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(kHeldStart, kHeldStart + 4); },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kHeldBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
