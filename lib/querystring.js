'use strict';
// The querystring module: node's lenient parser and serializer for 'a=1&b=2' strings.
// escape and unescape are looked up on this module at each call, so a program may replace
// them and parse/stringify follow, as in node.

const { queryStringKeep, escapeText, hexValue, utf8Decode } = require('internal/querystring');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// '%XX' escapes become bytes and other '%' stay. Like node, every other character is taken
// as one byte, its code unit's low eight bits: this is a decoder for ASCII-escaped text.
// Also like node, `text.length` sizes the result (so a non-string without a valid length
// throws as Buffer.allocUnsafe does) and the characters are read from String(text).
let BufferClass;
function unescapeBuffer(text, decodeSpaces) {
  BufferClass ??= require('buffer').Buffer;
  const bytes = BufferClass.allocUnsafe(text.length);
  const size = bytes.length;
  const chars = size > 0 ? String(text) : '';
  let length = 0;
  for (let i = 0; i < size; i++) {
    const code = chars.charCodeAt(i);
    if (code === 0x25 && i + 2 < size) {
      const high = hexValue(chars.charCodeAt(i + 1));
      const low = hexValue(chars.charCodeAt(i + 2));
      if (high >= 0 && low >= 0) {
        bytes[length++] = (high << 4) | low;
        i += 2;
        continue;
      }
    }
    bytes[length++] = code === 0x2b && decodeSpaces ? 0x20 : code & 0xff;
  }
  return bytes.subarray(0, length);
}

// decodeURIComponent, falling back to a byte-wise decode that keeps malformed escapes.
function unescape(text, decodeSpaces) {
  try {
    return decodeURIComponent(text);
  } catch {
    return utf8Decode(unescapeBuffer(text, decodeSpaces));
  }
}

const validEscape = /%[0-9a-fA-F]{2}/;

function newInvalidUri() {
  return new ERR_INVALID_URI();
}

function escape(text) {
  if (typeof text !== 'string') {
    // As `str += ''` would: objects through String(), a Symbol throws.
    text = typeof text === 'object' ? String(text) : `${text}`;
  }
  return escapeText(text, queryStringKeep, newInvalidUri);
}

function stringifyPrimitive(value) {
  switch (typeof value) {
    case 'string': return value;
    case 'number': return Number.isFinite(value) ? `${value}` : '';
    case 'bigint': return `${value}`;
    case 'boolean': return value ? 'true' : 'false';
    default: return '';
  }
}

function stringify(object, separator, equals, options) {
  separator ||= '&';
  equals ||= '=';
  const encode = typeof options?.encodeURIComponent === 'function' ?
    options.encodeURIComponent : querystring.escape;
  if (object === null || typeof object !== 'object') return '';
  const fields = [];
  for (const key of Object.keys(object)) {
    const value = object[key];
    const prefix = encode(stringifyPrimitive(key)) + equals;
    if (Array.isArray(value)) {
      if (value.length === 0) continue;
      const items = [];
      for (const item of value) items.push(prefix + encode(stringifyPrimitive(item)));
      fields.push(items.join(separator));
    } else {
      fields.push(prefix + encode(stringifyPrimitive(value)));
    }
  }
  return fields.join(separator);
}

function parse(text, separator, equals, options) {
  const result = Object.create(null);
  if (typeof text !== 'string' || text.length === 0) return result;
  separator = separator ? String(separator) : '&';
  equals = equals ? String(equals) : '=';
  // At most 1000 pairs (empty ones count too) unless maxKeys is a number; then only a
  // positive whole number limits.
  const maxKeys = options?.maxKeys;
  let limit = 1000;
  if (typeof maxKeys === 'number') limit = Number.isInteger(maxKeys) && maxKeys > 0 ? maxKeys : Infinity;
  const customDecode = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : null;
  const decode = customDecode ?? querystring.unescape;

  // The stock decoder only runs on parts with a valid escape: other parts are kept as they
  // are, but for '+'. A custom or replaced decoder sees every non-empty part.
  const decodePart = (part) => {
    if (part.length === 0) return part;
    if (decode === unescape && !validEscape.test(part)) return part.replace(/\+/g, ' ');
    if (part.includes('+')) part = part.replace(/\+/g, '%20');
    try {
      return decode(part);
    } catch {
      return querystring.unescape(part, true);
    }
  };

  let pairs = 0;
  let start = 0;
  while (start <= text.length && pairs < limit) {
    // An empty separator never matches: the whole text is one pair. An empty `equals` has
    // always matched already: the key is '' and the pair is the value (node's reading).
    let end = separator.length === 0 ? -1 : text.indexOf(separator, start);
    if (end === -1) end = text.length;
    pairs++;
    if (end > start) {
      const pair = text.slice(start, end);
      const at = equals.length === 0 ? 0 : pair.indexOf(equals);
      const key = decodePart(at === -1 ? pair : pair.slice(0, at));
      const value = decodePart(at === -1 ? '' : pair.slice(at + equals.length));
      if (!(key in result)) {
        result[key] = value;
      } else if (Array.isArray(result[key])) {
        result[key].push(value);
      } else {
        result[key] = [result[key], value];
      }
    }
    start = end + Math.max(separator.length, 1);
  }
  return result;
}

const querystring = module.exports = {
  unescapeBuffer,
  unescape,
  escape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
