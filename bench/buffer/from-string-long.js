'use strict';
// Buffer.from of 64 KiB strings: ASCII and mixed UTF-8.
const ascii = 'abcdefghijklmnopqrstuvwxyz0123456789'.repeat(1821);
const mixed = 'h\u00e9llo w\u00f6rld \u20ac \u{1f600} '.repeat(3000);
let total = 0;
for (let i = 0; i < 4000; i++) {
  total += Buffer.from(ascii).length;
  total += Buffer.from(mixed).length;
}
if (total === 0) throw new Error('unreachable');
