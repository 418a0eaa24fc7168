'use strict';
// Buffer.concat of many small chunks (a stream's worth) and of a few large ones.
const small = [];
for (let i = 0; i < 16; i++) small.push(Buffer.from(`chunk number ${i} `));
const large = [Buffer.alloc(1 << 16, 1), Buffer.alloc(1 << 16, 2), Buffer.alloc(1 << 16, 3)];
let total = 0;
for (let i = 0; i < 3e5; i++) total += Buffer.concat(small).length;
for (let i = 0; i < 5000; i++) total += Buffer.concat(large).length;
if (total === 0) throw new Error('unreachable');
