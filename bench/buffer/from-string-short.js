'use strict';
// Buffer.from of short strings (the pooled path): ASCII and a little non-ASCII.
const words = ['hello', 'world', 'caf\u00e9', 'na\u00efve', 'x'.repeat(40), 'GET /index.html HTTP/1.1'];
let total = 0;
for (let i = 0; i < 2e6; i++) total += Buffer.from(words[i % words.length]).length;
if (total === 0) throw new Error('unreachable');
