'use strict';
// Percent-encoding and UTF-8 helpers shared by querystring and the URL code.

const hexDigits = '0123456789ABCDEF';
// '%00' .. '%FF'
const percentTable = Array.from({ length: 256 }, (_, byte) => `%${hexDigits[byte >> 4]}${hexDigits[byte & 15]}`);

// A 128-entry table: 1 where an ASCII character is written as itself.
function asciiTable(keepCharacters) {
  const table = new Int8Array(128);
  for (let code = 0x30; code <= 0x39; code++) table[code] = 1;
  for (let code = 0x41; code <= 0x5a; code++) table[code] = 1;
  for (let code = 0x61; code <= 0x7a; code++) table[code] = 1;
  for (const character of keepCharacters) table[character.charCodeAt(0)] = 1;
  return table;
}

// What querystring.escape() leaves alone: encodeURIComponent's unreserved set.
const queryStringKeep = asciiTable("!'()*-._~");

function hexValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x41 + 10;
  if (code >= 0x61 && code <= 0x66) return code - 0x61 + 10;
  return -1;
}

function appendUtf8(parts, codePoint) {
  if (codePoint < 0x80) {
    parts.push(percentTable[codePoint]);
  } else if (codePoint < 0x800) {
    parts.push(percentTable[0xc0 | (codePoint >> 6)], percentTable[0x80 | (codePoint & 0x3f)]);
  } else if (codePoint < 0x10000) {
    parts.push(percentTable[0xe0 | (codePoint >> 12)], percentTable[0x80 | ((codePoint >> 6) & 0x3f)],
               percentTable[0x80 | (codePoint & 0x3f)]);
  } else {
    parts.push(percentTable[0xf0 | (codePoint >> 18)], percentTable[0x80 | ((codePoint >> 12) & 0x3f)],
               percentTable[0x80 | ((codePoint >> 6) & 0x3f)], percentTable[0x80 | (codePoint & 0x3f)]);
  }
}

// querystring's escaping: ASCII outside `keep` and all non-ASCII as UTF-8 %XX. As in node, a
// surrogate (of either kind) pairs with whatever code unit follows it; a surrogate at the very
// end cannot be encoded and `onLoneSurrogate()` is thrown.
function escapeText(text, keep, onLoneSurrogate) {
  let parts = null;
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && keep[code] === 1) continue;
    parts ??= [];
    if (i > copiedUpTo) parts.push(text.slice(copiedUpTo, i));
    if (code >= 0xd800 && code <= 0xdfff) {
      if (i + 1 >= text.length) throw onLoneSurrogate();
      const next = text.charCodeAt(++i);
      appendUtf8(parts, 0x10000 + (((code & 0x3ff) << 10) | (next & 0x3ff)));
    } else {
      appendUtf8(parts, code);
    }
    copiedUpTo = i + 1;
  }
  if (parts === null) return text;
  if (copiedUpTo < text.length) parts.push(text.slice(copiedUpTo));
  return parts.join('');
}

// The string as a well-formed (USV) string: lone surrogates become U+FFFD.
function toUSVString(text) {
  if (!/[\ud800-\udfff]/.test(text)) return text;
  return text.replace(/[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g,
                      (match) => (match.length === 2 ? match : '\ufffd'));
}

// UTF-8 bytes of a string; lone surrogates are encoded as U+FFFD.
function utf8Encode(text) {
  const bytes = new Uint8Array(text.length * 3);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      bytes[length++] = code;
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x800) {
      bytes[length++] = 0xc0 | (code >> 6);
    } else if (code < 0x10000) {
      bytes[length++] = 0xe0 | (code >> 12);
      bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
    } else {
      bytes[length++] = 0xf0 | (code >> 18);
      bytes[length++] = 0x80 | ((code >> 12) & 0x3f);
      bytes[length++] = 0x80 | ((code >> 6) & 0x3f);
    }
    if (code >= 0x80) bytes[length++] = 0x80 | (code & 0x3f);
  }
  return bytes.subarray(0, length);
}

// The Encoding Standard's UTF-8 decoder: each maximal invalid subsequence is one U+FFFD.
// Returns null instead when `fatal` is set and the bytes are not valid UTF-8.
function utf8Decode(bytes, fatal = false) {
  let result = '';
  let chunk = [];
  const flush = () => {
    result += String.fromCharCode.apply(null, chunk);
    chunk = [];
  };
  let i = 0;
  while (i < bytes.length) {
    const first = bytes[i];
    if (first < 0x80) {
      chunk.push(first);
      i++;
    } else {
      let needed = 0;
      let codePoint = 0;
      let lower = 0x80;
      let upper = 0xbf;
      if (first >= 0xc2 && first <= 0xdf) {
        needed = 1;
        codePoint = first & 0x1f;
      } else if (first >= 0xe0 && first <= 0xef) {
        needed = 2;
        codePoint = first & 0x0f;
        if (first === 0xe0) lower = 0xa0;
        if (first === 0xed) upper = 0x9f;
      } else if (first >= 0xf0 && first <= 0xf4) {
        needed = 3;
        codePoint = first & 0x07;
        if (first === 0xf0) lower = 0x90;
        if (first === 0xf4) upper = 0x8f;
      }
      i++;
      let valid = needed > 0;
      for (let seen = 0; valid && seen < needed; seen++) {
        const next = bytes[i];
        if (i >= bytes.length || next < lower || next > upper) {
          valid = false;
          break;
        }
        codePoint = (codePoint << 6) | (next & 0x3f);
        lower = 0x80;
        upper = 0xbf;
        i++;
      }
      if (!valid) {
        if (fatal) return null;
        codePoint = 0xfffd;
      }
      if (codePoint >= 0x10000) {
        codePoint -= 0x10000;
        chunk.push(0xd800 + (codePoint >> 10), 0xdc00 + (codePoint & 0x3ff));
      } else {
        chunk.push(codePoint);
      }
    }
    if (chunk.length >= 8192) flush();
  }
  flush();
  return result;
}

// Percent-decodes a string into bytes: '%XX' with two hex digits becomes that byte, any other
// '%' stays; everything else is UTF-8 encoded. With `plusIsSpace`, '+' becomes a space.
function percentDecodeToBytes(text, plusIsSpace = false) {
  const input = utf8Encode(text);
  const output = new Uint8Array(input.length);
  let length = 0;
  for (let i = 0; i < input.length; i++) {
    const byte = input[i];
    if (byte === 0x25 && i + 2 < input.length) {
      const high = hexValue(input[i + 1]);
      const low = hexValue(input[i + 2]);
      if (high >= 0 && low >= 0) {
        output[length++] = (high << 4) | low;
        i += 2;
        continue;
      }
    }
    output[length++] = plusIsSpace && byte === 0x2b ? 0x20 : byte;
  }
  return output.subarray(0, length);
}

// For well-formed strings only (the URL code's); '%' escapes must produce valid UTF-8 or
// become U+FFFD.
function percentDecode(text, plusIsSpace = false) {
  if (!text.includes('%') && !(plusIsSpace && text.includes('+'))) return text;
  return utf8Decode(percentDecodeToBytes(text, plusIsSpace));
}

module.exports = {
  percentTable,
  asciiTable,
  queryStringKeep,
  hexValue,
  appendUtf8,
  escapeText,
  toUSVString,
  utf8Encode,
  utf8Decode,
  percentDecodeToBytes,
  percentDecode,
};
