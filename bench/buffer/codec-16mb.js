'use strict';
// Buffer.from(string, enc) and buf.toString(enc) at 16 MiB, for utf8 (ASCII and mixed text),
// hex and base64: the large-data paths (external strings, vector loops).
const size = 16 * 1024 * 1024;
const bytes = Buffer.alloc(size);
for (let i = 0; i < size; i++) bytes[i] = (i * 131) & 0xff;
const ascii = Buffer.alloc(size, 'The quick brown fox jumps over the lazy dog. ');
const mixed = Buffer.alloc(size, 'Gr\u00fc\u00dfe aus K\u00f6ln, \u20ac 5, \u4f60\u597d. ');
let total = 0;
for (let round = 0; round < 3; round++) {
  const asciiText = ascii.toString();
  const mixedText = mixed.toString('utf8');
  const hexText = bytes.toString('hex');
  const base64Text = bytes.toString('base64');
  total += asciiText.length + mixedText.length + hexText.length + base64Text.length;
  total += Buffer.from(asciiText).length + Buffer.from(mixedText).length;
  total += Buffer.from(hexText, 'hex').length + Buffer.from(base64Text, 'base64').length;
}
if (total === 0) throw new Error('unreachable');
