'use strict';
// buf.toString() of short buffers, utf8 (the default) and a few other encodings.
const buffers = ['hello world', 'caf\u00e9 cr\u00e8me', 'GET /index.html HTTP/1.1'].map((s) => Buffer.from(s));
let total = 0;
for (let i = 0; i < 2e6; i++) total += buffers[i % 3].toString().length;
for (let i = 0; i < 3e5; i++) {
  total += buffers[i % 3].toString('hex').length + buffers[i % 3].toString('base64').length;
  total += buffers[i % 3].toString('latin1').length;
}
if (total === 0) throw new Error('unreachable');
