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

// Code points drawn two columns wide: East Asian Wide and Fullwidth (Unicode's
// EastAsianWidth.txt as of Unicode 17, with unassigned gaps folded into their neighbors).
const wideRanges = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0],
  [0x23f3, 0x23f3], [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2630, 0x2637], [0x2648, 0x2653],
  [0x267f, 0x267f], [0x268a, 0x268f], [0x2693, 0x2693], [0x26a1, 0x26a1], [0x26aa, 0x26ab],
  [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705],
  [0x270a, 0x270b], [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755],
  [0x2757, 0x2757], [0x2795, 0x2797], [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c],
  [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e], [0x3041, 0x3247], [0x3250, 0xa4c6],
  [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfad9], [0xfe10, 0xfe19], [0xfe30, 0xfe6b],
  [0xff01, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x1b2fb], [0x1d300, 0x1d376], [0x1f004, 0x1f004],
  [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a], [0x1f200, 0x1f320],
  [0x1f32d, 0x1f335], [0x1f337, 0x1f37c], [0x1f37e, 0x1f393], [0x1f3a0, 0x1f3ca],
  [0x1f3cf, 0x1f3d3], [0x1f3e0, 0x1f3f0], [0x1f3f4, 0x1f3f4], [0x1f3f8, 0x1f43e],
  [0x1f440, 0x1f440], [0x1f442, 0x1f4fc], [0x1f4ff, 0x1f53d], [0x1f54b, 0x1f54e],
  [0x1f550, 0x1f567], [0x1f57a, 0x1f57a], [0x1f595, 0x1f596], [0x1f5a4, 0x1f5a4],
  [0x1f5fb, 0x1f64f], [0x1f680, 0x1f6c5], [0x1f6cc, 0x1f6cc], [0x1f6d0, 0x1f6d2],
  [0x1f6d5, 0x1f6df], [0x1f6eb, 0x1f6ec], [0x1f6f4, 0x1f6fc], [0x1f7e0, 0x1f7f0],
  [0x1f90c, 0x1f93a], [0x1f93c, 0x1f945], [0x1f947, 0x1f9ff], [0x1fa70, 0x1faff],
  [0x20000, 0x3fffd],
];

function isFullWidthCodePoint(code) {
  if (code < 0x1100) return false;
  // Binary search: the table is sorted and its ranges do not overlap.
  let low = 0;
  let high = wideRanges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last] = wideRanges[middle];
    if (code < first) high = middle - 1;
    else if (code > last) low = middle + 1;
    else return true;
  }
  return false;
}

// Controls, format characters and combining marks take no column (the soft hyphen is the
// exception that is drawn); neither do skin-tone modifiers after an emoji.
const zeroWidthCharacter = /^(?!\u00ad)[\p{Cc}\p{Cf}\p{Me}\p{Mn}\p{Emoji_Modifier}]$/u;
const emojiPresentation = /^\p{Emoji_Presentation}$/u;

function isZeroWidthCodePoint(code) {
  return zeroWidthCharacter.test(String.fromCodePoint(code));
}

function codePointWidth(code) {
  if (isFullWidthCodePoint(code)) return 2;
  const character = String.fromCodePoint(code);
  if (emojiPresentation.test(character)) return 2;
  return zeroWidthCharacter.test(character) ? 0 : 1;
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
        width += codePointWidth(character.codePointAt(0));
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
