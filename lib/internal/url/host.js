'use strict';
// The URL Standard's host parser and serializer: IPv6 literals, IPv4 in all the forms
// browsers accept (hex and octal parts, fewer than four parts), opaque hosts of non-special
// URLs, and domains through UTS #46 (the 'url' binding wraps ICU).
//
// Hosts are kept serialized: a domain or opaque host as itself, an IPv4 address in dotted
// decimal, an IPv6 address in brackets. parseHost returns null on failure.

const { percentDecodeToBytes, utf8Decode } = require('internal/querystring');
const { percentEncode, C0_CONTROL_SET } = require('internal/url/percent');

let idna;
function icu() {
  idna ??= internalBinding('url');
  return idna;
}

// U+0000, tab, LF, CR, space, # / : < > ? @ [ \ ] ^ |
const forbiddenHostCharacters = /[\u0000\u0009\u000a\u000d\u0020#/:<>?@[\\\]^|]/;
// The above, plus C0 controls, % and DEL.
const forbiddenDomainCharacters = /[\u0000-\u0020#%/:<>?@[\\\]^|\u007f]/;

function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const pieces = parseIPv6(input.slice(1, -1));
    return pieces === null ? null : `[${serializeIPv6(pieces)}]`;
  }
  if (isOpaque) return parseOpaqueHost(input);
  const domain = input.includes('%') ? utf8Decode(percentDecodeToBytes(input)) : input;
  const asciiDomain = domainToASCII(domain);
  if (asciiDomain === null) return null;
  if (endsInNumber(asciiDomain)) {
    const address = parseIPv4(asciiDomain);
    return address === null ? null : serializeIPv4(address);
  }
  return asciiDomain;
}

function parseOpaqueHost(input) {
  if (forbiddenHostCharacters.test(input)) return null;
  return percentEncode(input, C0_CONTROL_SET);
}

// UTS #46 ToASCII with the URL Standard's lenient settings. Plain ASCII without punycode
// labels needs only lowercasing, so ICU is asked only about the rest.
function domainToASCII(domain) {
  let result;
  if (/^[\x00-\x7f]*$/.test(domain) && !/(?:^|\.)xn--/i.test(domain)) {
    result = domain.toLowerCase();
  } else {
    result = icu().toASCII(domain);
    if (result === undefined) return null;
  }
  if (result === '' || forbiddenDomainCharacters.test(result)) return null;
  return result;
}

function domainToUnicode(domain) {
  if (!/(?:^|\.)xn--/i.test(domain)) return domain;
  return icu().toUnicode(domain);
}

// IPv4 -------------------------------------------------------------------------------------------

// Whether the last label (ignoring one trailing dot) reads as a number, in which case the
// whole host must be an IPv4 address.
function endsInNumber(input) {
  // Quick answer for the usual 'example.com': a number ends in a digit, hex digit or 'x'.
  let lastCode = input.charCodeAt(input.length - 1);
  if (lastCode === 0x2e) lastCode = input.charCodeAt(input.length - 2);
  if (!((lastCode >= 0x30 && lastCode <= 0x39) || ((lastCode | 0x20) >= 0x61 && (lastCode | 0x20) <= 0x66) ||
        (lastCode | 0x20) === 0x78)) {
    return false;
  }
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== null;
}

// A part in decimal, octal (leading 0) or hex (leading 0x), or null.
function parseIPv4Number(input) {
  if (input === '') return null;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const digits = radix === 16 ? /^[0-9a-fA-F]+$/ : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!digits.test(input)) return null;
  return parseInt(input, radix);
}

// The address as a 32-bit number, or null.
function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const number = parseIPv4Number(part);
    if (number === null) return null;
    numbers.push(number);
  }
  const last = numbers.pop();
  if (numbers.some((number) => number > 255)) return null;
  if (last >= 256 ** (4 - numbers.length)) return null;
  let address = last;
  numbers.forEach((number, index) => {
    address += number * 256 ** (3 - index);
  });
  return address;
}

function serializeIPv4(address) {
  const octets = [];
  for (let shift = 24; shift >= 0; shift -= 8) octets.push(Math.floor(address / 2 ** shift) % 256);
  return octets.join('.');
}

// IPv6 -------------------------------------------------------------------------------------------

function hexDigitValue(character) {
  return character !== undefined && /^[0-9a-fA-F]$/.test(character) ? parseInt(character, 16) : -1;
}

// Eight 16-bit pieces, or null.
function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  if (input[pointer] === ':') {
    if (input[pointer + 1] !== ':') return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (pointer < input.length) {
    if (pieceIndex === 8) return null;
    if (input[pointer] === ':') {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && hexDigitValue(input[pointer]) >= 0) {
      value = value * 16 + hexDigitValue(input[pointer]);
      pointer++;
      length++;
    }
    if (input[pointer] === '.') {
      // An embedded IPv4 address fills the last two pieces.
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (pointer < input.length) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (input[pointer] === '.' && numbersSeen < 4) pointer++;
          else return null;
        }
        if (!/^[0-9]$/.test(input[pointer] ?? '')) return null;
        while (/^[0-9]$/.test(input[pointer] ?? '')) {
          const number = input.charCodeAt(pointer) - 0x30;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (input[pointer] === ':') {
      pointer++;
      if (pointer >= input.length) return null;
    } else if (pointer < input.length) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const other = compress + swaps - 1;
      [address[pieceIndex], address[other]] = [address[other], address[pieceIndex]];
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

// Lowercase hex pieces; the first longest run of two or more zero pieces becomes '::'.
function serializeIPv6(pieces) {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (pieces[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < 8 && pieces[end] === 0) end++;
    if (end - i > bestLength) {
      bestStart = i;
      bestLength = end - i;
    }
    i = end;
  }
  let output = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      output += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    output += pieces[i].toString(16);
    if (i !== 7) output += ':';
  }
  return output;
}

module.exports = {
  parseHost,
  domainToUnicode,
  serializeIPv4,
  serializeIPv6,
};
