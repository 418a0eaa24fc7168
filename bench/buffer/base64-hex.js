'use strict';
// base64 and hex both ways, short and long.
const short = Buffer.from('The quick brown fox jumps over the lazy dog');
const long = Buffer.alloc(1 << 18);
for (let i = 0; i < long.length; i++) long[i] = (i * 31) & 0xff;
const shortBase64 = short.toString('base64');
const longBase64 = long.toString('base64');
const longHex = long.toString('hex');
let total = 0;
for (let i = 0; i < 5e5; i++) total += Buffer.from(shortBase64, 'base64').length + short.toString('base64').length;
for (let i = 0; i < 200; i++) {
  total += Buffer.from(longBase64, 'base64').length + Buffer.from(longHex, 'hex').length;
  total += long.toString('base64url').length;
}
if (total === 0) throw new Error('unreachable');
