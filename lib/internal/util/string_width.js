'use strict';
// How text shows on a terminal: its width in columns, and without its escape sequences.

let validators;
function lazyValidators() {
  validators ??= require('internal/validators');
  return validators;
}

// Escape sequences a terminal acts on without printing: CSI (`ESC [` or 0x9B, parameters,
// intermediates, a final byte), OSC strings ended by BEL or ST, and two-character escapes.
const controlSequence = new RegExp(
  '(?:\\u001b\\[|\\u009b)[\\u0030-\\u003f]*[\\u0020-\\u002f]*[\\u0040-\\u007e]' +
  '|(?:\\u001b\\]|\\u009d)[^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)' +
  '|\\u001b[\\u0020-\\u002f]*[\\u0030-\\u007e]',
  'g');

function stripVTControlCharacters(text) {
  lazyValidators().validateString(text, 'str');
  return text.replace(controlSequence, '');
}

// Code points drawn two columns wide (East Asian Wide and Fullwidth ranges).
const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f],
  [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5],
  [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea], [0x26f2, 0x26f3], [0x26f5, 0x26f5],
  [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b], [0x2728, 0x2728],
  [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55],
  [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f],
  [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4], [0x17000, 0x18cff],
  [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e],
  [0x1f191, 0x1f19a], [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x1f680, 0x1f6ff],
  [0x1f7e0, 0x1f7eb], [0x1f90c, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x3fffd],
];

function isFullWidthCodePoint(code) {
  if (code < 0x1100) return false;
  for (const [first, last] of wideRanges) {
    if (code < first) return false;
    if (code <= last) return true;
  }
  return false;
}

// Code points that take no column: controls, combining marks, zero-width joiners and
// variation selectors.
function isZeroWidthCodePoint(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// How many terminal columns `text` takes.
function getStringWidth(text, removeControlChars = true) {
  if (removeControlChars) text = text.replace(controlSequence, '');
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 127) {
      // Leave the ASCII fast path for the rest of the text.
      for (const character of text.slice(index).normalize('NFC')) {
        const point = character.codePointAt(0);
        if (isFullWidthCodePoint(point)) width += 2;
        else if (!isZeroWidthCodePoint(point)) width++;
      }
      return width;
    }
    if (code >= 32) width++;
  }
  return width;
}

module.exports = {
  getStringWidth,
  isFullWidthCodePoint,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
};
