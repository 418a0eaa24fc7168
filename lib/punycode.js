'use strict';
// The `punycode` module (deprecated, DEP0040): RFC 3492's Bootstring encoding of Unicode
// labels into ASCII, plus the domain-level helpers node's copy of punycode.js 2.1.0 offers.
// Like that copy, it keeps case, leaves ASCII labels alone and keeps the local part of an
// e-mail address. Errors are RangeErrors with punycode.js's messages.

if (process._lodeOptions?.['--pending-deprecation'] === 'true' ||
    process.env.NODE_PENDING_DEPRECATION === '1') {
  process.emitWarning('The `punycode` module is deprecated. Please use a userland alternative instead.',
                      'DeprecationWarning', 'DEP0040');
}

// Bootstring parameters for Punycode (RFC 3492, section 5).
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 0x80;
const delimiter = '-';
// Arithmetic stays within signed 32 bits, as in punycode.js, so overflow is reported
// for the same inputs.
const maxInt = 0x7FFFFFFF;

const errorMessages = {
  overflow: 'Overflow: input needs wider integers to process',
  notBasic: 'Illegal input >= 0x80 (not a basic code point)',
  invalidInput: 'Invalid input',
};

function fail(kind) {
  throw new RangeError(errorMessages[kind]);
}

// Section 6.1: the bias for the next delta, so digits stay few for typical text.
function adapt(delta, pointCount, isFirst) {
  let scaled = isFirst ? Math.floor(delta / damp) : Math.floor(delta / 2);
  scaled += Math.floor(scaled / pointCount);
  let k = 0;
  const threshold = ((base - tMin) * tMax) >> 1;
  while (scaled > threshold) {
    scaled = Math.floor(scaled / (base - tMin));
    k += base;
  }
  return k + Math.floor(((base - tMin + 1) * scaled) / (scaled + skew));
}

// The threshold t for the digit at position k (section 6.2, clamped to [tMin, tMax]).
function threshold(k, bias) {
  return Math.min(Math.max(k - bias, tMin), tMax);
}

// 'a'..'z' are 0..25 and '0'..'9' are 26..35; upper case reads like lower case. Anything
// else is `base`, which no valid digit reaches.
function digitValue(codeUnit) {
  if (codeUnit >= 0x30 && codeUnit <= 0x39) return codeUnit - 0x30 + 26;
  if (codeUnit >= 0x41 && codeUnit <= 0x5A) return codeUnit - 0x41;
  if (codeUnit >= 0x61 && codeUnit <= 0x7A) return codeUnit - 0x61;
  return base;
}

function digitChar(digit) {
  return String.fromCharCode(digit < 26 ? 0x61 + digit : 0x30 + digit - 26);
}

// UTF-16 code units -> code points; a surrogate without its partner stays as it is.
function ucs2decode(string) {
  const codePoints = [];
  for (let index = 0; index < string.length; index++) {
    const unit = string.charCodeAt(index);
    if (unit >= 0xD800 && unit <= 0xDBFF && index + 1 < string.length) {
      const next = string.charCodeAt(index + 1);
      if (next >= 0xDC00 && next <= 0xDFFF) {
        codePoints.push(((unit - 0xD800) << 10) + (next - 0xDC00) + 0x10000);
        index++;
        continue;
      }
    }
    codePoints.push(unit);
  }
  return codePoints;
}

function ucs2encode(codePoints) {
  return String.fromCodePoint(...codePoints);
}

// Section 6.2.
function decode(input) {
  const codePoints = [];
  // Everything before the last delimiter is copied as is and must be ASCII.
  const basicEnd = Math.max(input.lastIndexOf(delimiter), 0);
  for (let index = 0; index < basicEnd; index++) {
    const unit = input.charCodeAt(index);
    if (unit >= 0x80) fail('notBasic');
    codePoints.push(unit);
  }

  let n = initialN;
  let bias = initialBias;
  let i = 0;
  let position = basicEnd > 0 ? basicEnd + 1 : 0;
  while (position < input.length) {
    // One generalized variable-length integer: the distance to the next insertion.
    const previousI = i;
    let weight = 1;
    for (let k = base; ; k += base) {
      if (position >= input.length) fail('invalidInput');
      const digit = digitValue(input.charCodeAt(position++));
      if (digit >= base) fail('invalidInput');
      if (digit > Math.floor((maxInt - i) / weight)) fail('overflow');
      i += digit * weight;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (weight > Math.floor(maxInt / (base - t))) fail('overflow');
      weight *= base - t;
    }
    const length = codePoints.length + 1;
    bias = adapt(i - previousI, length, previousI === 0);
    if (Math.floor(i / length) > maxInt - n) fail('overflow');
    n += Math.floor(i / length);
    i %= length;
    codePoints.splice(i, 0, n);
    i++;
  }
  return codePoints.map((codePoint) => String.fromCodePoint(codePoint)).join('');
}

// Section 6.3.
function encode(input) {
  const codePoints = ucs2decode(input);
  let output = '';
  for (const codePoint of codePoints) {
    if (codePoint < 0x80) output += String.fromCharCode(codePoint);
  }
  const basicCount = output.length;
  if (basicCount > 0) output += delimiter;

  let n = initialN;
  let delta = 0;
  let bias = initialBias;
  let handled = basicCount;
  while (handled < codePoints.length) {
    // The smallest code point not handled yet.
    let next = maxInt;
    for (const codePoint of codePoints) {
      if (codePoint >= n && codePoint < next) next = codePoint;
    }
    if (next - n > Math.floor((maxInt - delta) / (handled + 1))) fail('overflow');
    delta += (next - n) * (handled + 1);
    n = next;

    for (const codePoint of codePoints) {
      if (codePoint < n && ++delta > maxInt) fail('overflow');
      if (codePoint !== n) continue;
      // Write delta as a generalized variable-length integer.
      let rest = delta;
      for (let k = base; ; k += base) {
        const t = threshold(k, bias);
        if (rest < t) break;
        output += digitChar(t + ((rest - t) % (base - t)));
        rest = Math.floor((rest - t) / (base - t));
      }
      output += digitChar(rest);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

// Applies `convertLabel` to each label of a domain name. The dots IDNA allows (full-width
// and ideographic ones too) become '.', and an e-mail address keeps its local part: only
// the text between the first and a second '@' is treated as the domain.
const labelSeparators = /[\x2E\u3002\uFF0E\uFF61]/g;
function mapDomain(domain, convertLabel) {
  const parts = domain.split('@');
  let prefix = '';
  if (parts.length > 1) {
    prefix = `${parts[0]}@`;
    domain = parts[1];
  }
  const labels = domain.replace(labelSeparators, '.').split('.');
  return prefix + labels.map(convertLabel).join('.');
}

const nonAscii = /[^\0-\x7F]/;
function toASCII(domain) {
  return mapDomain(domain, (label) => (nonAscii.test(label) ? `xn--${encode(label)}` : label));
}

// Only labels starting with a lower-case "xn--" are decoded, as in punycode.js.
function toUnicode(domain) {
  return mapDomain(domain, (label) => (label.startsWith('xn--') ? decode(label.slice(4).toLowerCase()) : label));
}

module.exports = {
  version: '2.1.0',
  ucs2: { decode: ucs2decode, encode: ucs2encode },
  decode,
  encode,
  toASCII,
  toUnicode,
};
