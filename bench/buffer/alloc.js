'use strict';
// Buffer.alloc / allocUnsafe, small (pooled) and larger.
let total = 0;
for (let i = 0; i < 1e6; i++) total += Buffer.alloc(64).length + Buffer.allocUnsafe(64).length;
for (let i = 0; i < 2e4; i++) total += Buffer.alloc(65536).length + Buffer.allocUnsafe(65536).length;
for (let i = 0; i < 2e5; i++) total += Buffer.alloc(100, 'ab').length;
if (total === 0) throw new Error('unreachable');
