'use strict';
// Buffer.from(string, enc) and buf.toString(enc) of 64-byte data for utf8, hex and base64.
const bytes = Buffer.alloc(64);
for (let i = 0; i < 64; i++) bytes[i] = (i * 37) & 0xff;
const text = 'GET /api/v1/items?id=42 HTTP/1.1 Host: example.com Accept: */* ok';
const utf8 = Buffer.from(text.slice(0, 64));
const hexText = bytes.toString('hex');
const base64Text = bytes.toString('base64');
let total = 0;
for (let i = 0; i < 3e5; i++) {
  total += utf8.toString().length + bytes.toString('hex').length + bytes.toString('base64').length;
  total += Buffer.from(text).length + Buffer.from(hexText, 'hex').length + Buffer.from(base64Text, 'base64').length;
}
if (total === 0) throw new Error('unreachable');
