'use strict';
// The URL Standard's percent-encode sets and its UTF-8 percent-encoder. A set is a table of
// the 128 ASCII code points, 1 meaning "encode"; every non-ASCII code point is encoded.

const { percentTable, appendUtf8 } = require('internal/querystring');

function makeSet(base, extra) {
  const set = base ? Uint8Array.from(base) : new Uint8Array(128);
  if (!base) {
    for (let code = 0; code < 0x20; code++) set[code] = 1;
    set[0x7f] = 1;
  }
  for (const character of extra) set[character.charCodeAt(0)] = 1;
  return set;
}

const C0_CONTROL_SET = makeSet(null, '');
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_URLENCODED_SET = makeSet(COMPONENT_SET, "!'()~");

// Encodes the code points of `text` that are in `set` (and all non-ASCII ones) as UTF-8
// bytes in %XX form. Lone surrogates are encoded as U+FFFD. With `spaceAsPlus`, a space
// becomes '+' (application/x-www-form-urlencoded).
function percentEncode(text, set, spaceAsPlus = false) {
  let parts = null;
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 && set[code] === 0) continue;
    parts ??= [];
    if (i > copiedUpTo) parts.push(text.slice(copiedUpTo, i));
    if (code < 0x80) {
      parts.push(spaceAsPlus && code === 0x20 ? '+' : percentTable[code]);
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        appendUtf8(parts, 0x10000 + ((code - 0xd800) << 10) + (next - 0xdc00));
        i++;
      } else {
        appendUtf8(parts, 0xfffd);
      }
    } else {
      appendUtf8(parts, code);
    }
    copiedUpTo = i + 1;
  }
  if (parts === null) return text;
  if (copiedUpTo < text.length) parts.push(text.slice(copiedUpTo));
  return parts.join('');
}

module.exports = {
  C0_CONTROL_SET,
  FRAGMENT_SET,
  QUERY_SET,
  SPECIAL_QUERY_SET,
  PATH_SET,
  USERINFO_SET,
  COMPONENT_SET,
  FORM_URLENCODED_SET,
  percentEncode,
};
