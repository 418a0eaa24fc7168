'use strict';
// buf.toString of 1 MiB buffers in each encoding (large results become external strings).
const ascii = Buffer.alloc(1 << 20, 'abcdefgh');
const mixed = Buffer.from('h\u00e9llo w\u00f6rld \u20ac '.repeat(60000));
let total = 0;
for (let i = 0; i < 40; i++) {
  total += ascii.toString().length + mixed.toString().length;
  total += ascii.toString('latin1').length + ascii.toString('hex').length;
  total += ascii.toString('base64').length + mixed.toString('ucs2').length;
}
if (total === 0) throw new Error('unreachable');
